-- The foundation schema. Money is integer cents; dates are ISO text (YYYY-MM-DD); times are
-- Unix seconds (UTC); flags are 0/1 integers. The same shape as ../postgres/0001_foundation.sql.

CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    municipality TEXT NOT NULL,
    language TEXT NOT NULL
);

CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    municipality TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE provider_products (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    product TEXT NOT NULL,
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    PRIMARY KEY (provider_id, product)
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    client_id INTEGER REFERENCES clients (id),
    provider_id INTEGER REFERENCES providers (id),
    lang TEXT,
    easy_read INTEGER CHECK (easy_read IN (0, 1)),
    text_size TEXT,
    demo_situation TEXT,
    CONSTRAINT accounts_username_unique UNIQUE (username)
);

CREATE TABLE mandates (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    can_act INTEGER NOT NULL CHECK (can_act IN (0, 1)),
    valid_until TEXT,
    CONSTRAINT mandates_unique UNIQUE (account_id, client_id)
);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    CHECK (valid_from <= valid_to)
);

CREATE TABLE decision_lines (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    product TEXT NOT NULL,
    tier INTEGER,
    kind TEXT NOT NULL CHECK (kind IN ('daily', 'monthly')),
    units_per_month TEXT,
    unit_value_cents INTEGER NOT NULL CHECK (unit_value_cents >= 0),
    CONSTRAINT decision_lines_product_unique UNIQUE (decision_id, product)
);

CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    product TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT
);

CREATE TABLE service_records (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    provider_record_id TEXT NOT NULL,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    product TEXT NOT NULL,
    service_date TEXT NOT NULL,
    units TEXT NOT NULL,
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    charged_cents INTEGER NOT NULL,
    own_share_cents INTEGER NOT NULL CHECK (own_share_cents >= 0),
    status TEXT NOT NULL CHECK (status IN ('charged', 'held')),
    CONSTRAINT service_records_provider_record_unique UNIQUE (provider_id, provider_record_id)
);
CREATE INDEX service_records_client_date ON service_records (client_id, service_date);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

CREATE TABLE sign_in_failures (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    failed_at INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_username ON sign_in_failures (username, failed_at);
