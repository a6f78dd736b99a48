-- The counsellor reviews records held because the budget would have run out (B8): releases one
-- (charged now, when it fits in what is left) or refuses it with a reason. A refused record stays
-- stored and shown, never charged, never dropped.
--
-- SQLite cannot change a CHECK in place: the table is built again with 'refused' allowed. No
-- other table refers to service_records, so nothing else moves.
CREATE TABLE service_records_new (
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
    status TEXT NOT NULL CHECK (status IN ('charged', 'held', 'refused')),
    CONSTRAINT service_records_provider_record_unique UNIQUE (provider_id, provider_record_id)
);
INSERT INTO service_records_new SELECT
    id, provider_id, provider_record_id, client_id, decision_id, product, service_date, units,
    unit_price_cents, charged_cents, own_share_cents, status
FROM service_records;
DROP TABLE service_records;
ALTER TABLE service_records_new RENAME TO service_records;
CREATE INDEX service_records_client_date ON service_records (client_id, service_date);
CREATE INDEX service_records_decision ON service_records (decision_id, service_date);

-- Each review, kept as it was done: who, when, and for a refusal why.
CREATE TABLE record_reviews (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES service_records (id),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('released', 'refused')),
    reason TEXT,
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL,
    CONSTRAINT record_reviews_record_unique UNIQUE (record_id),
    CHECK (outcome = 'released' OR length(trim(reason)) > 0)
);
CREATE INDEX record_reviews_client ON record_reviews (client_id, done_at);
