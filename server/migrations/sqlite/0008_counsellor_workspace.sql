-- The counsellor workspace. A client has at most one named counsellor; the counsellor may look at
-- their clients' pages (logged, like every look by someone else) and records each guidance
-- contact: the pilot measures guidance hours per client.
ALTER TABLE clients ADD COLUMN counsellor_account_id INTEGER REFERENCES accounts (id);
CREATE INDEX clients_counsellor ON clients (counsellor_account_id);

CREATE TABLE guidance_contacts (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    counsellor_account_id INTEGER NOT NULL REFERENCES accounts (id),
    contact_day TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    channel TEXT NOT NULL CHECK (channel IN ('meeting', 'phone', 'video', 'message')),
    -- The next contact agreed with the client, if one was.
    next_contact_day TEXT,
    recorded_at INTEGER NOT NULL,
    CHECK (next_contact_day IS NULL OR next_contact_day > contact_day)
);
CREATE INDEX guidance_contacts_client ON guidance_contacts (client_id, contact_day);

-- Each mandate a counsellor set or ended, kept as it was: the mandates table holds what is in
-- force now, this one what happened, for the client's "Done for me".
CREATE TABLE mandate_events (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    relative_account_id INTEGER NOT NULL REFERENCES accounts (id),
    event TEXT NOT NULL CHECK (event IN ('set', 'ended')),
    can_act INTEGER NOT NULL CHECK (can_act IN (0, 1)),
    valid_until TEXT,
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL
);
CREATE INDEX mandate_events_client ON mandate_events (client_id, done_at);

-- The client's personal details, shown on "My details" and hidden in the helper view for
-- screen-share. Health details say what the services are for, in the client's own language.
ALTER TABLE clients ADD COLUMN identity_code TEXT;
ALTER TABLE clients ADD COLUMN address TEXT;
ALTER TABLE clients ADD COLUMN phone TEXT;
ALTER TABLE clients ADD COLUMN health_details TEXT;
