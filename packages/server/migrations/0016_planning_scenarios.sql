-- Planning scenarios and their projections (issue 13 items 5 and 6). A scenario is a lead's set
-- of changes to the service (sessions, a new OT, demand, the tiered model, fewer missed
-- appointments) with an optional target for the workforce search; it belongs to the
-- organisations its author belongs to directly, and any lead or administrator of one of them
-- may see and change it. A projection is the finished result of projecting the baseline or a
-- scenario: figures about the modelled list, never a person, kept so that a plan can be
-- compared and printed later. The seed and the scenario as it was run are kept with it, so the
-- same projection can be run again.

CREATE TABLE planning_scenarios (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_ids uuid[] NOT NULL CHECK (cardinality(organisation_ids) > 0),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  changes jsonb NOT NULL,
  target jsonb,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX planning_scenarios_organisations_idx ON planning_scenarios USING gin (organisation_ids);

CREATE TABLE planning_projections (
  id uuid PRIMARY KEY,
  organisation_ids uuid[] NOT NULL CHECK (cardinality(organisation_ids) > 0),
  -- null: the baseline. A deleted scenario takes its projections with it.
  scenario_id uuid REFERENCES planning_scenarios (id) ON DELETE CASCADE,
  scenario_name text,
  -- The changes and target as they were when the projection ran.
  changes jsonb NOT NULL,
  target jsonb,
  seed text NOT NULL,
  runs_requested integer NOT NULL CHECK (runs_requested > 0),
  result jsonb NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL
);
CREATE INDEX planning_projections_scenario_idx ON planning_projections (scenario_id, finished_at DESC);
CREATE INDEX planning_projections_organisations_idx ON planning_projections USING gin (organisation_ids);
