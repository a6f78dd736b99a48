-- Feedback after each service (B18), at the service place with a visit code (B20), and the
-- process and participation questions. The same shape as ../postgres/0005_feedback.sql.

-- B18: one invitation per provider-day of accepted (charged) records, open 14 days from
-- opened_on. products lists the services of that day, comma separated, for the card's title.
CREATE TABLE feedback_invitations (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    service_day TEXT NOT NULL,
    products TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    CONSTRAINT feedback_invitations_one_per_provider_day UNIQUE (client_id, provider_id, service_day)
);
CREATE INDEX feedback_invitations_client ON feedback_invitations (client_id);

-- B20: a one-time code for one visit, made by the provider; it asks nothing about the person.
CREATE TABLE visit_codes (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    product TEXT NOT NULL,
    created_on TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CONSTRAINT visit_codes_code_unique UNIQUE (code)
);

-- An answer comes from an invitation, from a visit code, or (demo and imported history) from
-- neither. The unique indexes make "one answer each" true in the database, not only in code.
ALTER TABLE feedback_answers ADD COLUMN invitation_id INTEGER REFERENCES feedback_invitations (id);
ALTER TABLE feedback_answers ADD COLUMN visit_code_id INTEGER REFERENCES visit_codes (id);
-- Free text and the contact request reach the organiser only (B19).
ALTER TABLE feedback_answers ADD COLUMN words TEXT;
ALTER TABLE feedback_answers ADD COLUMN contact_me INTEGER NOT NULL DEFAULT 0 CHECK (contact_me IN (0, 1));
-- Who gave an invitation's answer (the client, or a relative for them) and when, for the
-- client's page "Done for me". Empty for visit codes: nobody is asked who they are.
ALTER TABLE feedback_answers ADD COLUMN answered_by TEXT;
ALTER TABLE feedback_answers ADD COLUMN answered_by_role TEXT;
ALTER TABLE feedback_answers ADD COLUMN answered_at INTEGER;
CREATE UNIQUE INDEX feedback_answers_one_per_invitation ON feedback_answers (invitation_id);
CREATE UNIQUE INDEX feedback_answers_one_per_visit_code ON feedback_answers (visit_code_id);

-- How the process went and whether the client felt heard: after a provider change
-- (occasion 'change-<id>') and once a month ('month-YYYY-MM'). Every score may be skipped.
CREATE TABLE participation_answers (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    occasion TEXT NOT NULL,
    process_score INTEGER CHECK (process_score BETWEEN 1 AND 5),
    heard_score INTEGER CHECK (heard_score BETWEEN 1 AND 5),
    choice_score INTEGER CHECK (choice_score BETWEEN 1 AND 5),
    answered_on TEXT NOT NULL,
    answered_by TEXT NOT NULL,
    answered_by_role TEXT NOT NULL,
    answered_at INTEGER NOT NULL,
    CONSTRAINT participation_answers_once UNIQUE (client_id, occasion)
);
