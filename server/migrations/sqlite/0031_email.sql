-- E-mail (issue 23): a person's address, verified by a link, the topics they want by e-mail,
-- and one delivery a message that is to go by e-mail (docs/decisions/0037-email.md).
CREATE TABLE email_addresses (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    address TEXT NOT NULL,
    -- Unset until the person opens the link sent to the address.
    verified_at INTEGER,
    -- The link's secret, hashed; it holds until `token_expires_at`.
    token_hash TEXT,
    token_expires_at INTEGER
);

-- The topics of messages that also come by e-mail ('budget', 'provider', ...).
CREATE TABLE email_topics (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    topic TEXT NOT NULL,
    PRIMARY KEY (account_id, topic)
);

-- One e-mail a message, written with the message (in its transaction) when the person has a
-- verified address and chose the message's topic; the worker sends it and marks what became of
-- it. Unique on the message: a message is never e-mailed twice.
CREATE TABLE email_deliveries (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL UNIQUE REFERENCES messages (id),
    address TEXT NOT NULL,
    -- 'waiting' to be sent (again), 'sending' by a worker until `next_attempt_at`, 'sent', or
    -- 'failed' for good (the server refused the address, or too many tries).
    status TEXT NOT NULL CHECK (status IN ('waiting', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- The mail server's last answer when it was not a yes.
    last_error TEXT,
    sent_at INTEGER
);
CREATE INDEX email_deliveries_due ON email_deliveries (status, next_attempt_at);
