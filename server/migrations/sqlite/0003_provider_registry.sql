-- The service-voucher registry, in the words of Open Referral (HSDS) where they fit: a
-- provider's descriptions, contact, locations with their accessibility, service areas, staff
-- languages, cost options (price history), capacity (free places) and self-reported quality;
-- feedback answers for the aggregates of B19; and the needs a client has saved.
-- The same shape as ../postgres/0003_provider_registry.sql.

ALTER TABLE providers ADD COLUMN phone TEXT;
ALTER TABLE providers ADD COLUMN email TEXT;
ALTER TABLE providers ADD COLUMN website TEXT;

CREATE TABLE provider_descriptions (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    description TEXT NOT NULL,
    PRIMARY KEY (provider_id, language)
);

-- HSDS service_area: the municipalities a provider serves (home services travel to the client).
CREATE TABLE provider_areas (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    municipality TEXT NOT NULL,
    PRIMARY KEY (provider_id, municipality)
);
CREATE INDEX provider_areas_municipality ON provider_areas (municipality);

-- HSDS location and accessibility.
CREATE TABLE provider_locations (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    municipality TEXT NOT NULL
);
CREATE INDEX provider_locations_provider ON provider_locations (provider_id);

CREATE TABLE location_accessibility (
    location_id INTEGER NOT NULL REFERENCES provider_locations (id),
    feature TEXT NOT NULL,
    PRIMARY KEY (location_id, feature)
);

-- HSDS language: the languages the staff speak.
CREATE TABLE provider_languages (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    language TEXT NOT NULL,
    PRIMARY KEY (provider_id, language)
);
CREATE INDEX provider_languages_language ON provider_languages (language);

-- HSDS cost_option: every price a provider has asked, from the day it applied.
CREATE TABLE provider_price_history (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    product TEXT NOT NULL,
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    valid_from TEXT NOT NULL
);
CREATE INDEX provider_price_history_provider ON provider_price_history (provider_id, product);

-- HSDS service_capacity: free places for housing and day activities.
CREATE TABLE provider_capacity (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    product TEXT NOT NULL,
    free_places INTEGER NOT NULL CHECK (free_places >= 0),
    PRIMARY KEY (provider_id, product)
);

CREATE TABLE provider_quality (
    provider_id INTEGER PRIMARY KEY REFERENCES providers (id),
    qualified_staff_percent INTEGER CHECK (qualified_staff_percent BETWEEN 0 AND 100),
    staff_turnover_percent INTEGER CHECK (staff_turnover_percent BETWEEN 0 AND 100),
    complaints_upheld INTEGER CHECK (complaints_upheld >= 0),
    inspection_date TEXT,
    inspection_result TEXT CHECK (inspection_result IN ('no-remarks', 'remarks', 'serious-remarks')),
    reported_on TEXT NOT NULL
);

-- One answer on a 1-5 face scale. Only aggregates of five or more ever leave the server (B19).
CREATE TABLE feedback_answers (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    client_id INTEGER REFERENCES clients (id),
    product TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    given_on TEXT NOT NULL
);
CREATE INDEX feedback_answers_provider ON feedback_answers (provider_id);

-- What a client has said they need of a service place, and the languages they speak.
CREATE TABLE client_needs (
    client_id INTEGER NOT NULL REFERENCES clients (id),
    feature TEXT NOT NULL,
    PRIMARY KEY (client_id, feature)
);

CREATE TABLE client_languages (
    client_id INTEGER NOT NULL REFERENCES clients (id),
    language TEXT NOT NULL,
    PRIMARY KEY (client_id, language)
);
