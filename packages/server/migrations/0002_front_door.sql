-- The front door: requests from every route, their history, the outbound message queue, API
-- keys for other systems and per-service triage rule sets.

ALTER TABLE people
  ADD COLUMN postcode text,
  ADD COLUMN phone text,
  ADD COLUMN email text,
  ADD COLUMN preferred_contact text CHECK (preferred_contact IN ('phone', 'text', 'email', 'letter')),
  ADD COLUMN preferred_language text NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'cy')),
  ADD COLUMN interpreter_language text,
  ADD COLUMN access_needs text[] NOT NULL DEFAULT '{}';

CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- SHA-256 of the key; the key itself is shown once and never stored.
  key_hash text NOT NULL UNIQUE,
  key_prefix text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE TABLE triage_rule_sets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL REFERENCES organisations (id),
  version text NOT NULL,
  rules jsonb NOT NULL,
  active boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (service_id, version)
);
CREATE UNIQUE INDEX triage_rule_sets_one_active ON triage_rule_sets (service_id) WHERE active;

CREATE TABLE requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Short, unambiguous, given to the person.
  reference text NOT NULL UNIQUE CHECK (reference ~ '^[A-Z2-9]{4}-[A-Z2-9]{4}$'),
  -- A retried submission (same scope and key) returns the first request, never a second one.
  idempotency_scope text NOT NULL,
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
  route text NOT NULL CHECK (route IN ('self', 'navigator', 'clinician', 'system')),
  channel text NOT NULL,
  status text NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'awaiting_info', 'waiting', 'signposted', 'redirected', 'declined')),
  person_id uuid NOT NULL REFERENCES people (id),
  practice_id uuid NOT NULL REFERENCES organisations (id),
  answers jsonb NOT NULL,
  question_set_version text NOT NULL,
  red_flags text[] NOT NULL DEFAULT '{}',
  -- False for a request saved at the red-flag question, before the rest was answered.
  complete boolean NOT NULL DEFAULT true,
  suggested_pathway text NOT NULL,
  suggested_urgency text NOT NULL CHECK (suggested_urgency IN ('crisis', 'urgent', 'routine')),
  suggested_tier text NOT NULL,
  triage_reasons jsonb NOT NULL,
  triage_rule_version text NOT NULL,
  urgency text NOT NULL CHECK (urgency IN ('crisis', 'urgent', 'routine')),
  pathway text,
  tier text CHECK (tier IN ('universal', 'targeted', 'individualised')),
  possible_duplicate_ids uuid[] NOT NULL DEFAULT '{}',
  submitted_by uuid REFERENCES users (id),
  api_key_id uuid REFERENCES api_keys (id),
  source_system text,
  external_id text,
  received_at timestamptz NOT NULL DEFAULT now(),
  acted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (idempotency_scope, idempotency_key)
);
CREATE INDEX requests_open_idx ON requests (status, urgency, received_at);
CREATE INDEX requests_practice_idx ON requests (practice_id);
CREATE INDEX requests_person_idx ON requests (person_id);

-- What happened to a request, in order: received, completed, and each triage action.
CREATE TABLE request_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES requests (id),
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid REFERENCES users (id),
  action text NOT NULL
    CHECK (action IN ('received', 'completed', 'accept', 'signpost', 'redirect', 'decline', 'request_info')),
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX request_events_request_idx ON request_events (request_id, id);

-- Messages to people, written in the same transaction as what they report, sent later.
CREATE TABLE outbox_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'letter')),
  language text NOT NULL CHECK (language IN ('en', 'cy')),
  recipient text NOT NULL,
  payload jsonb NOT NULL,
  request_id uuid REFERENCES requests (id),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  sent_at timestamptz
);
CREATE INDEX outbox_messages_due_idx ON outbox_messages (status, next_attempt_at);
