-- A provider's application to join the registry (issue 24, decision 0041). The applicant follows
-- it by a link whose secret only they hold (kept hashed); the form's fields are kept as sent, so
-- that asked for more the applicant gets the form back filled in. The contact person's identity
-- code is kept only as the keyed hash their sign-in will be matched by.
CREATE TABLE provider_applications (
    id INTEGER PRIMARY KEY,
    secret_hash TEXT NOT NULL UNIQUE,
    -- 'waiting' (for the organiser), 'asked' (for the applicant) or 'accepted'.
    state TEXT NOT NULL,
    form TEXT NOT NULL,
    identity_hash TEXT NOT NULL,
    -- What the organiser asked for last, while the state is 'asked'.
    question TEXT,
    provider_id INTEGER REFERENCES providers (id),
    -- The portal's day (which the demo sets) it was first sent, YYYY-MM-DD.
    sent_on TEXT NOT NULL
);
CREATE INDEX provider_applications_state ON provider_applications (state, id);

-- Every step of an application, for both sides to see.
CREATE TABLE application_events (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES provider_applications (id),
    day TEXT NOT NULL,
    actor TEXT NOT NULL,
    -- 'sent', 'asked', 'answered' or 'accepted'.
    what TEXT NOT NULL,
    note TEXT
);
CREATE INDEX application_events_application ON application_events (application_id, id);
