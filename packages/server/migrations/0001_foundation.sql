-- Foundation: organisations, staff, sessions, rate-limit counters, a minimal person record
-- and the append-only audit log. Runs unchanged on PGlite and on PostgreSQL.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('service', 'pcn', 'practice')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  parent_id uuid REFERENCES organisations (id),
  ods_code text UNIQUE CHECK (ods_code ~ '^[A-Z0-9]{3,10}$'),
  list_size integer CHECK (list_size >= 0),
  postcode text,
  nation text NOT NULL DEFAULT 'england' CHECK (nation IN ('england', 'wales')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'service') = (parent_id IS NULL))
);
CREATE INDEX organisations_parent_idx ON organisations (parent_id);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  roles text[] NOT NULL DEFAULT '{}'
    CHECK (roles <@ ARRAY['navigator', 'clinician', 'ot', 'lead', 'admin']::text[]),
  active boolean NOT NULL DEFAULT true,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE user_organisations (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (user_id, organisation_id)
);

-- Sessions live in the database so any server process recognises them. Only a hash of the
-- cookie's token is stored.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- Fixed-window counters shared by every process (sign-in throttling, public rate limits).
CREATE TABLE rate_limit_counters (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limit_counters_expires_idx ON rate_limit_counters (expires_at);

-- Secrets every process must share (cookie signing), created once.
CREATE TABLE app_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The minimal person record. Read and written only through the access module.
CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  nhs_number text UNIQUE CHECK (nhs_number ~ '^[0-9]{10}$' AND nhs_number <> '0000000000'),
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  date_of_birth date NOT NULL,
  registered_practice_id uuid NOT NULL REFERENCES organisations (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX people_practice_idx ON people (registered_practice_id);
CREATE INDEX people_name_dob_idx ON people (lower(family_name), date_of_birth);

-- Who read or changed which record, when, from where, and whether they were allowed.
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid REFERENCES users (id),
  actor_label text NOT NULL,
  action text NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'search')),
  resource_type text NOT NULL,
  resource_id text,
  organisation_id uuid REFERENCES organisations (id),
  ip text,
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  reason text
);
CREATE INDEX audit_events_at_idx ON audit_events (at DESC, id DESC);
CREATE INDEX audit_events_user_idx ON audit_events (user_id, at DESC);
CREATE INDEX audit_events_resource_idx ON audit_events (resource_type, resource_id);

-- The audit log is append-only, enforced by the database itself.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
