-- A client lets an experience expert see their portal, read-only, for a few hours. The grant
-- ends by itself at ends_at, or earlier when the client ends it (ended_at). Times are Unix
-- seconds: "for two hours" is real time, also in a demo with a fixed date.
CREATE TABLE help_grants (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    helper_account_id INTEGER NOT NULL REFERENCES accounts (id),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    ended_at INTEGER,
    CHECK (starts_at < ends_at)
);
CREATE INDEX help_grants_helper ON help_grants (helper_account_id, ends_at);
CREATE INDEX help_grants_client ON help_grants (client_id, ends_at);
