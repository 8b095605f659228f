-- The clinical record of an episode (issue 5): versioned entries (contacts, assessments, risk,
-- goals, interventions, reports, questionnaires, discharge) with every earlier version kept,
-- and questionnaire links a person completes without an account.

CREATE TABLE record_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  episode_id uuid NOT NULL REFERENCES episodes (id),
  kind text NOT NULL CHECK (kind IN ('contact', 'assessment', 'risk', 'goal', 'intervention',
    'health_work_report', 'questionnaire', 'discharge')),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  data jsonb NOT NULL,
  -- Computed by Everyday from data (instrument scores); never typed in.
  scores jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by uuid REFERENCES users (id),
  created_by_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_by_label text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Opening an episode reads all its entries in order.
CREATE INDEX record_entries_episode_idx ON record_entries (episode_id, created_at, id);
-- A user's own Health and Work Reports, newest first: their HCPC number fills the next one.
CREATE INDEX record_entries_author_reports_idx ON record_entries (created_by, created_at DESC)
  WHERE kind = 'health_work_report';
-- One discharge per episode.
CREATE UNIQUE INDEX record_entries_one_discharge ON record_entries (episode_id) WHERE kind = 'discharge';

-- Every version of every entry, the first included: who changed what, and when.
CREATE TABLE record_entry_versions (
  entry_id uuid NOT NULL REFERENCES record_entries (id),
  version integer NOT NULL,
  data jsonb NOT NULL,
  scores jsonb NOT NULL,
  changed_fields text[] NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_by_label text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entry_id, version)
);

CREATE FUNCTION record_entry_versions_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'record_entry_versions is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_entry_versions_no_change
  BEFORE UPDATE OR DELETE ON record_entry_versions
  FOR EACH ROW EXECUTE FUNCTION record_entry_versions_append_only();

CREATE TABLE questionnaire_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  episode_id uuid NOT NULL REFERENCES episodes (id),
  kinds text[] NOT NULL CHECK (cardinality(kinds) BETWEEN 1 AND 5),
  language text NOT NULL CHECK (language IN ('en', 'cy')),
  -- SHA-256 of the token; the token itself is shown once and never stored.
  token_hash text NOT NULL UNIQUE,
  purpose text NOT NULL DEFAULT 'outcomes' CHECK (purpose IN ('outcomes', 'prem')),
  sent boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE INDEX questionnaire_links_episode_idx ON questionnaire_links (episode_id);
