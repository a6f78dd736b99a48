-- Tries at the service place's feedback (B20), counted in the database rather than in each server
-- process's memory, so that servers behind a load balancer count the same tries
-- (docs/decisions/0026-scale.md). A row lives a minute; `at` is Unix milliseconds.
CREATE TABLE visit_tries (
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX visit_tries_key ON visit_tries (key, at);
CREATE INDEX visit_tries_at ON visit_tries (at);
