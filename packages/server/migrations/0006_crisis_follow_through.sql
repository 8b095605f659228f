-- Crisis follow-through (issue 9, item 5): every crisis or safeguarding request is acknowledged
-- by a clinician with what was done; one not acknowledged in time is escalated once; a duty
-- clinician per practice and day receives the escalation.
--
-- The due time is computed at READ, not stored: core's acknowledgementDueAt(received_at, the
-- practice's acknowledge_within_minutes, the practice's nation) in working minutes. So a change to
-- the setting applies to every request still waiting, a newly proclaimed bank holiday is
-- respected, and the intake routes need not know about it. The set it is computed over is small
-- (crisis and safeguarding requests not yet acknowledged), found through the partial index below.

ALTER TABLE requests
  ADD COLUMN acknowledged_at timestamptz,
  ADD COLUMN acknowledged_by uuid REFERENCES users (id),
  -- { outcome, note, nextSteps }: what was done (core's Acknowledgement).
  ADD COLUMN acknowledgement jsonb,
  ADD COLUMN escalated_at timestamptz,
  ADD CONSTRAINT requests_acknowledged_whole CHECK (
    (acknowledged_at IS NULL AND acknowledgement IS NULL AND acknowledged_by IS NULL)
    OR (acknowledged_at IS NOT NULL AND acknowledgement IS NOT NULL)
  ),
  ADD CONSTRAINT requests_acknowledgement_outcome CHECK (
    acknowledgement IS NULL
    OR acknowledgement ->> 'outcome' IN ('called_back_safe', 'handed_999', 'handed_111',
      'handed_crisis_team', 'handed_gp', 'could_not_reach')
  ),
  -- "Could not reach" is never an end in itself: what happens next is always written.
  ADD CONSTRAINT requests_could_not_reach_next_steps CHECK (
    acknowledgement IS NULL
    OR acknowledgement ->> 'outcome' <> 'could_not_reach'
    OR length(coalesce(acknowledgement ->> 'nextSteps', '')) > 0
  );

-- What the banner and the escalation job read: crisis and safeguarding requests still waiting.
CREATE INDEX requests_unacknowledged_idx ON requests (received_at)
  WHERE acknowledged_at IS NULL AND (urgency = 'crisis' OR safeguarding);
-- The crisis log: crisis and safeguarding requests by arrival.
CREATE INDEX requests_crisis_idx ON requests (received_at)
  WHERE urgency = 'crisis' OR safeguarding;

-- The duty clinician of each practice on each day (a London date). No row: no one on duty, and
-- an escalation goes to the practice alone.
CREATE TABLE duty_rota (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  date date NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, date)
);
CREATE INDEX duty_rota_user_idx ON duty_rota (user_id, date);
