-- The safety net (issue 9): what the free-text screen found on each request, safeguarding and
-- who it is routed to, requests saved urgently before a date of birth is known, the new history
-- actions, and each organisation's safety settings.

-- What the screen found (ScreenMatch[] as data) and the screen's version. red_flags already
-- holds ticked red flags; it now holds those the screen found as well (the union).
ALTER TABLE requests
  ADD COLUMN screen_matches jsonb NOT NULL DEFAULT '[]'::jsonb,
  ADD COLUMN screen_version text,
  ADD COLUMN safeguarding boolean NOT NULL DEFAULT false,
  ADD COLUMN safeguarding_lead_id uuid REFERENCES users (id);
-- A safeguarding lead's requests, read when their inbox is opened.
CREATE INDEX requests_safeguarding_idx ON requests (safeguarding_lead_id) WHERE safeguarding;

-- The urgent save asks only what is needed to reach the person today: a date of birth may come
-- later, when the request is completed.
ALTER TABLE people ALTER COLUMN date_of_birth DROP NOT NULL;

ALTER TABLE request_events DROP CONSTRAINT request_events_action_check;
ALTER TABLE request_events ADD CONSTRAINT request_events_action_check
  CHECK (action IN ('received', 'completed', 'accept', 'signpost', 'redirect', 'decline', 'request_info',
    'booked', 'clear_flag', 'mark_safeguarding', 'acknowledge', 'escalate'));

-- Per organisation (a practice, or the service or PCN above it): who safeguarding concerns are
-- routed to, how soon a crisis or safeguarding request must be acknowledged, and the practice's
-- address for escalations.
CREATE TABLE safety_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  safeguarding_lead_user_id uuid REFERENCES users (id),
  acknowledge_within_minutes integer NOT NULL DEFAULT 60
    CHECK (acknowledge_within_minutes BETWEEN 5 AND 480),
  practice_email text CHECK (practice_email IS NULL OR length(practice_email) BETWEEN 3 AND 254),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id)
);
