-- The evidence dashboard's reads (issue 12, ADR 0019): each request's episodes (its first
-- attended appointment, when its episode closed) and the episodes closed in a period. Without
-- them a year's dashboard over a million contacts compared every request with every episode.
CREATE INDEX episodes_request_idx ON episodes (request_id);
CREATE INDEX episodes_closed_idx ON episodes (closed_at) WHERE status = 'closed';
CREATE INDEX appointments_starts_idx ON appointments (starts_at);
