-- Each decision a counsellor made or changed with the form, kept as it was then: the period and
-- the total before and after, for the client's "Done for me". The decision itself holds what is
-- in force now.
CREATE TABLE decision_events (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    event TEXT NOT NULL CHECK (event IN ('made', 'changed')),
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    total_cents INTEGER NOT NULL,
    -- The total before a change; none for a decision made.
    old_total_cents INTEGER,
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL,
    CHECK ((event = 'made') = (old_total_cents IS NULL))
);
CREATE INDEX decision_events_client ON decision_events (client_id, done_at);
