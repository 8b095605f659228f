-- Clinics and booking: sites, clinic templates and their one-off changes, staff leave, slots,
-- episodes of care and appointments. Double booking is impossible in the database itself.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE clinic_templates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ot_id uuid NOT NULL REFERENCES users (id),
  site_id uuid NOT NULL REFERENCES sites (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  weekdays integer[] NOT NULL CHECK (weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7] AND cardinality(weekdays) > 0),
  start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time text NOT NULL CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  slot_minutes integer NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 240),
  mode text NOT NULL CHECK (mode IN ('in_person', 'phone', 'video', 'home_visit', 'group')),
  capacity integer NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 100),
  -- A clinic may be for one pathway (e.g. memory clinics people book straight from the form).
  pathway text,
  nation text NOT NULL DEFAULT 'england' CHECK (nation IN ('england', 'wales')),
  gpad_national_category text NOT NULL,
  gpad_service_setting text NOT NULL,
  gpad_mode text NOT NULL,
  valid_from date NOT NULL,
  valid_until date,
  active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_time > start_time),
  -- One person per slot, except groups (a workshop with 12 places).
  CHECK (mode = 'group' OR capacity = 1),
  CHECK (mode <> 'group' OR capacity >= 2)
);

CREATE TABLE template_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  template_id uuid NOT NULL REFERENCES clinic_templates (id) ON DELETE CASCADE,
  date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('cancelled', 'moved')),
  start_time text,
  end_time text,
  reason text,
  UNIQUE (template_id, date)
);

CREATE TABLE staff_leave (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ot_id uuid NOT NULL REFERENCES users (id),
  starts_on date NOT NULL,
  ends_on date NOT NULL CHECK (ends_on >= starts_on),
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE slots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Deterministic per template, date and time, so regeneration keeps slots in step.
  key text NOT NULL UNIQUE,
  template_id uuid REFERENCES clinic_templates (id),
  ot_id uuid NOT NULL REFERENCES users (id),
  site_id uuid NOT NULL REFERENCES sites (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  mode text NOT NULL,
  capacity integer NOT NULL CHECK (capacity >= 1),
  pathway text,
  gpad_national_category text NOT NULL,
  gpad_service_setting text NOT NULL,
  gpad_mode text NOT NULL,
  withdrawn_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- An OT is never in two open slots at once.
  EXCLUDE USING gist (ot_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (withdrawn_at IS NULL)
);
-- In start order, so a search for the first free slots stops as soon as it has them.
CREATE INDEX slots_start_idx ON slots (starts_at, id) WHERE withdrawn_at IS NULL;

CREATE TABLE episodes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id),
  request_id uuid REFERENCES requests (id),
  practice_id uuid NOT NULL REFERENCES organisations (id),
  pathway text NOT NULL,
  tier text NOT NULL,
  lead_ot_id uuid REFERENCES users (id),
  session_limit integer NOT NULL DEFAULT 6 CHECK (session_limit >= 1),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  review_flagged_at timestamptz,
  review_reason text,
  opened_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);
CREATE INDEX episodes_person_idx ON episodes (person_id);
CREATE UNIQUE INDEX episodes_one_open_per_request ON episodes (request_id) WHERE status = 'open';

CREATE TABLE appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slot_id uuid NOT NULL REFERENCES slots (id),
  -- A copy of the slot's time and capacity, so the database can forbid overlaps and overfilling.
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  seat integer NOT NULL,
  slot_capacity integer NOT NULL,
  episode_id uuid REFERENCES episodes (id),
  person_id uuid NOT NULL REFERENCES people (id),
  practice_id uuid NOT NULL REFERENCES organisations (id),
  status text NOT NULL DEFAULT 'booked'
    CHECK (status IN ('booked', 'attended', 'did_not_attend', 'cancelled_by_person', 'cancelled_by_service')),
  booked_via text NOT NULL CHECK (booked_via IN ('staff', 'self', 'direct')),
  booked_by uuid REFERENCES users (id),
  booked_at timestamptz NOT NULL DEFAULT now(),
  over_limit_reason text,
  status_reason text,
  status_changed_at timestamptz,
  status_changed_by uuid REFERENCES users (id),
  reminder_due_at timestamptz,
  CHECK (seat BETWEEN 1 AND slot_capacity)
);
-- No double booking, ever: one live booking per seat of a slot (a one-to-one slot has one seat).
CREATE UNIQUE INDEX appointments_one_per_seat ON appointments (slot_id, seat)
  WHERE status IN ('booked', 'attended', 'did_not_attend');
-- Nor one person in two places at once.
ALTER TABLE appointments ADD CONSTRAINT appointments_person_no_overlap
  EXCLUDE USING gist (person_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'booked');
CREATE INDEX appointments_episode_idx ON appointments (episode_id);
CREATE INDEX appointments_reminder_idx ON appointments (reminder_due_at) WHERE status = 'booked';

ALTER TABLE appointments ADD COLUMN reminded_at timestamptz;

-- A request accepted onto the waiting list is booked once its first appointment is made.
ALTER TABLE requests DROP CONSTRAINT requests_status_check;
ALTER TABLE requests ADD CONSTRAINT requests_status_check
  CHECK (status IN ('received', 'awaiting_info', 'waiting', 'booked', 'signposted', 'redirected', 'declined'));
ALTER TABLE request_events DROP CONSTRAINT request_events_action_check;
ALTER TABLE request_events ADD CONSTRAINT request_events_action_check
  CHECK (action IN ('received', 'completed', 'accept', 'signpost', 'redirect', 'decline', 'request_info', 'booked'));
