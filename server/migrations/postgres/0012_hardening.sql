-- What kind of database this is, said once when it is made: a demo (demo data, demo sign-ins
-- with a published password, demo API tokens) or a real service's. A server in demo mode
-- refuses a real database and one not in demo mode refuses a demo database, so a demo's
-- published passwords and tokens never open real data, nor a demo switched to "production".
CREATE TABLE database_kind (
    kind TEXT NOT NULL CHECK (kind IN ('demo', 'production')),
    made_at BIGINT NOT NULL
);

-- Failed sign-ins are also counted per place (the address a request comes from), so guessing
-- one common password over many user names is throttled too.
ALTER TABLE sign_in_failures ADD COLUMN place TEXT NOT NULL DEFAULT '';
CREATE INDEX sign_in_failures_place ON sign_in_failures (place, failed_at);

-- API tokens end: on a day set when they are made, or when revoked (`portal token revoke`).
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT;
ALTER TABLE api_tokens ADD COLUMN revoked_at BIGINT;
