-- A counsellor lets a client, or a relative of the client, sign in with strong identification:
-- the account gets the keyed hash of the person's identity code (0013). Each link is kept here,
-- so the client sees on "Done for you" who let whom sign in, and when.
CREATE TABLE identity_links (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL
);
CREATE INDEX identity_links_client ON identity_links (client_id, done_at);
