-- A redirect must reach its receiver (issue 16 item 4): redirecting a request to the person's GP
-- (or to another team) hands it over to the practice. The handover is a task in the practice's
-- clinicians' view until one of them acknowledges it; a message through the outbox tells the
-- practice there is one to see. The reason stays in the request's `redirect` event.

CREATE TABLE handovers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id),
  -- The receiving practice: the request's practice, whose clinicians see the task.
  practice_id uuid NOT NULL REFERENCES organisations (id),
  receiver text NOT NULL CHECK (receiver IN ('gp', 'other_team')),
  team text CHECK (team IS NULL OR length(team) BETWEEN 1 AND 200),
  handed_over_by uuid REFERENCES users (id),
  handed_over_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES users (id),
  CONSTRAINT handovers_acknowledged_whole CHECK (
    (acknowledged_at IS NULL AND acknowledged_by IS NULL)
    OR (acknowledged_at IS NOT NULL AND acknowledged_by IS NOT NULL)
  )
);
-- A practice's clinicians' view: open handovers first.
CREATE INDEX handovers_practice_idx ON handovers (practice_id, handed_over_at);
CREATE INDEX handovers_request_idx ON handovers (request_id);
-- Their own referrals, for a referring clinician's view.
CREATE INDEX requests_submitted_by_idx ON requests (submitted_by) WHERE submitted_by IS NOT NULL;

-- The handover and its acknowledgement are in the request's history.
ALTER TABLE request_events DROP CONSTRAINT request_events_action_check;
ALTER TABLE request_events ADD CONSTRAINT request_events_action_check
  CHECK (action IN ('received', 'completed', 'accept', 'signpost', 'redirect', 'decline', 'request_info',
    'booked', 'clear_flag', 'mark_safeguarding', 'acknowledge', 'escalate',
    'hand_over', 'acknowledge_handover'));
