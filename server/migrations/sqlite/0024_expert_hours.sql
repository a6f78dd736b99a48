-- Hours of help an experience expert gave a client (issue 22: the pilot follows the experts'
-- hours per client). Recorded by the expert, for a client who let them in lately.
CREATE TABLE expert_hours (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    expert_account_id INTEGER NOT NULL REFERENCES accounts (id),
    -- The portal's day of the help ("YYYY-MM-DD").
    help_day TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL
);
CREATE INDEX expert_hours_day ON expert_hours (help_day);
CREATE INDEX expert_hours_expert ON expert_hours (expert_account_id, help_day);
