-- Why each look at a client's data was allowed: the right the reader had (a relative's mandate,
-- help the client let in, being their counsellor, or the service area's administration). Kept
-- with the look, so the log still says why after a mandate or a grant has ended. Looks logged
-- before this column have none.
ALTER TABLE access_log ADD COLUMN purpose TEXT;
