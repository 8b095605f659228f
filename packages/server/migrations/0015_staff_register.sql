-- The staff register (issue 13 item 1): each member of staff's profile (profession, band, HCPC
-- registration, whole-time equivalent, start date, supervision interval), their supervision and
-- their CPD. Sessions a week come from clinic_templates and leave from staff_leave: neither is
-- kept here. Staff data, not patient data: notes say what was discussed, never who.

CREATE TABLE staff_profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  profession text NOT NULL
    CHECK (profession IN ('occupational_therapist', 'physiotherapist', 'podiatrist', 'support_worker', 'other')),
  band text NOT NULL CHECK (band IN ('3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9')),
  hcpc_number text CHECK (hcpc_number ~ '^[A-Z]{2}[0-9]{4,7}$'),
  hcpc_renewal_on date,
  -- Whole-time equivalent in hundredths (0.8 is 80), so both engines read a whole number.
  wte_hundredths integer NOT NULL CHECK (wte_hundredths BETWEEN 1 AND 100),
  started_on date NOT NULL,
  supervision_interval_months integer NOT NULL DEFAULT 1 CHECK (supervision_interval_months BETWEEN 1 AND 12),
  -- Each save adds one; a save naming an older version is refused (no silent overwrite).
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  CHECK ((hcpc_number IS NULL) = (hcpc_renewal_on IS NULL))
);
-- One registrant, one register entry.
CREATE UNIQUE INDEX staff_profiles_hcpc_number_key ON staff_profiles (hcpc_number)
  WHERE hcpc_number IS NOT NULL;

CREATE TABLE supervision_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  held_on date NOT NULL,
  supervisor_name text NOT NULL CHECK (length(supervisor_name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('individual', 'group', 'peer')),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
  topics text[] NOT NULL CHECK (
    cardinality(topics) > 0 AND topics <@ ARRAY['caseload', 'clinical_practice', 'risk_and_safeguarding',
      'wellbeing_and_workload', 'professional_development', 'service_development', 'hcpc_standards']::text[]
  ),
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
  actions text NOT NULL DEFAULT '' CHECK (length(actions) <= 2000),
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX supervision_records_user_idx ON supervision_records (user_id, held_on DESC);

CREATE TABLE cpd_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  completed_on date NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  activity text NOT NULL
    CHECK (activity IN ('course', 'e_learning', 'conference', 'peer_learning', 'reading', 'reflective_practice', 'other')),
  -- Hours in minutes, so both engines read a whole number.
  minutes integer NOT NULL CHECK (minutes BETWEEN 15 AND 6000),
  learning text NOT NULL DEFAULT '' CHECK (length(learning) <= 2000),
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cpd_records_user_idx ON cpd_records (user_id, completed_on DESC);
