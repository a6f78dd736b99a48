-- "How am I doing?": each finished self-check and its answers, written together when the last
-- step is sent (the answers wait in the session until then), and whether the client lets their
-- counsellor see them. Who answered is kept as the other histories keep it.
CREATE TABLE self_checks (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    -- The portal's day of the check ("YYYY-MM-DD"), which the next check is due from.
    check_day TEXT NOT NULL,
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL
);
CREATE INDEX self_checks_client ON self_checks (client_id, check_day);

CREATE TABLE self_check_answers (
    check_id INTEGER NOT NULL REFERENCES self_checks (id),
    question TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (check_id, question)
);

-- Only the client's own choice; no row means not shared.
CREATE TABLE self_check_sharing (
    client_id INTEGER PRIMARY KEY REFERENCES clients (id),
    shared INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
);
