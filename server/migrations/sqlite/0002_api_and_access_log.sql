-- Tokens for the JSON API, and the log of who looked at a client's data.

-- Only a SHA-256 hash of each token is kept: a copy of the database gives no way in.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('staff', 'provider')),
    provider_id INTEGER REFERENCES providers (id),
    label TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    CONSTRAINT api_tokens_hash_unique UNIQUE (token_hash),
    CHECK ((role = 'provider' AND provider_id IS NOT NULL) OR (role = 'staff' AND provider_id IS NULL))
);

-- Append-only: the portal only ever inserts here.
CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    actor TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    what TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX access_log_client ON access_log (client_id, at);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;

-- Budgets and statements read a decision's records.
CREATE INDEX service_records_decision ON service_records (decision_id, service_date);
