-- Working with the organiser (issue 22): twice a year a provider answers five questions of 1-5
-- and may add its own words. One answer a provider a half of the year; answering again in the
-- same half replaces it.
CREATE TABLE provider_survey_answers (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    -- "2018-1" for January-June 2018, "2018-2" for July-December.
    half_year TEXT NOT NULL,
    answered_on TEXT NOT NULL,
    working INTEGER NOT NULL CHECK (working BETWEEN 1 AND 5),
    information INTEGER NOT NULL CHECK (information BETWEEN 1 AND 5),
    reporting INTEGER NOT NULL CHECK (reporting BETWEEN 1 AND 5),
    clients INTEGER NOT NULL CHECK (clients BETWEEN 1 AND 5),
    listening INTEGER NOT NULL CHECK (listening BETWEEN 1 AND 5),
    words TEXT,
    done_by TEXT NOT NULL,
    done_at INTEGER NOT NULL,
    UNIQUE (provider_id, half_year)
);
CREATE INDEX provider_survey_half ON provider_survey_answers (half_year);
