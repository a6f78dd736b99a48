-- Messages to people (issue 23). One row a recipient an event, written in the same transaction
-- as what it tells of (a transactional outbox): a change of provider, a held record, a mandate,
-- a message to or from the counsellor. The words are not stored: the inbox writes them when it
-- is read, in the reader's language and register, from the kind and its facts.
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    -- The client the message is about, when it is about one.
    client_id INTEGER REFERENCES clients (id),
    kind TEXT NOT NULL,
    -- What the text needs, as a JSON object of strings: {"provider": "Kotipiha Oy"}.
    facts TEXT NOT NULL,
    -- What happened, named once ("change-made:12"): one message a person an event, however
    -- often the writing is tried.
    event_key TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER,
    -- The page the message is about, as the portal's own path.
    link TEXT NOT NULL,
    CONSTRAINT messages_event_unique UNIQUE (account_id, event_key)
);
CREATE INDEX messages_inbox ON messages (account_id, id);

-- A client (or their relative) and their counsellor writing to each other: one conversation a
-- client, the counsellor answering in the portal.
CREATE TABLE guidance_messages (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    author_account_id INTEGER NOT NULL REFERENCES accounts (id),
    -- 'client' when the client or a relative wrote, 'counsellor' when the counsellor did.
    side TEXT NOT NULL CHECK (side IN ('client', 'counsellor')),
    -- What the client asks about; none for the counsellor's answers.
    topic TEXT CHECK (topic IN ('need', 'question', 'call-me')),
    body TEXT NOT NULL,
    written_at INTEGER NOT NULL
);
CREATE INDEX guidance_messages_client ON guidance_messages (client_id, id);

-- Where a client can call: the counsellor's work phone.
ALTER TABLE accounts ADD COLUMN phone TEXT;
