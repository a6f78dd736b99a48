-- The support plan (tukisuunnitelma), written by the counsellor with the client. Every save is a
-- new version and none is changed afterwards, so the client can read what was agreed and when.
CREATE TABLE support_plans (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    what_matters TEXT NOT NULL,
    goals TEXT NOT NULL,
    budget_use TEXT NOT NULL,
    helpers TEXT NOT NULL,
    next_meeting TEXT,
    -- Who wrote it, as the other histories keep it: the name and role at the time.
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL,
    UNIQUE (client_id, version)
);

-- Comments on the plan by the client or a relative acting for them, on the version they read.
CREATE TABLE plan_comments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    plan_version INTEGER NOT NULL,
    body TEXT NOT NULL,
    -- Who wrote it, as the other histories keep it: the name and role at the time.
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL
);
CREATE INDEX plan_comments_client ON plan_comments (client_id, done_at);
