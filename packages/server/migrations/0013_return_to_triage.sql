-- An OT who does not confirm a request booked straight from the referral form sends it back to
-- triage (issue 16 item 1): its appointment is cancelled, the person told, and the request is
-- triaged like any other. That is in the request's history.
ALTER TABLE request_events DROP CONSTRAINT request_events_action_check;
ALTER TABLE request_events ADD CONSTRAINT request_events_action_check
  CHECK (action IN ('received', 'completed', 'accept', 'signpost', 'redirect', 'decline', 'request_info',
    'booked', 'clear_flag', 'mark_safeguarding', 'acknowledge', 'escalate',
    'hand_over', 'acknowledge_handover', 'booking_link_sent', 'return_to_triage'));
