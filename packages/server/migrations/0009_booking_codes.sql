-- Short booking codes (issue 16 item 2): a person with no mobile or email is given a code, read
-- out on the phone or printed in a letter, to type at /book for their booking link. Only the
-- code's SHA-256 is kept, with the request it books for, until when it works and the language
-- the booking page opens in.
CREATE TABLE booking_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id),
  code_hash text NOT NULL UNIQUE,
  language text NOT NULL CHECK (language IN ('en', 'cy')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX booking_codes_request_idx ON booking_codes (request_id);

-- Who a booking link was sent to (the person, their carer or referrer with the person's
-- agreement, or a letter) is in the request's history.
ALTER TABLE request_events DROP CONSTRAINT request_events_action_check;
ALTER TABLE request_events ADD CONSTRAINT request_events_action_check
  CHECK (action IN ('received', 'completed', 'accept', 'signpost', 'redirect', 'decline', 'request_info',
    'booked', 'clear_flag', 'mark_safeguarding', 'acknowledge', 'escalate',
    'hand_over', 'acknowledge_handover', 'booking_link_sent'));
