-- The monthly settlement (issue 24, decision 0039): a month the organiser approved, who approved
-- it and when, and which records it pays. A record's settlement month is set once, when the
-- settlement that pays it is approved, and never changed: a record that arrives later for a
-- settled month goes into the next settlement.
CREATE TABLE settlements (
    month TEXT PRIMARY KEY,
    approved_by TEXT NOT NULL,
    approved_at BIGINT NOT NULL,
    pay_on TEXT NOT NULL
);
ALTER TABLE service_records ADD COLUMN settlement_month TEXT REFERENCES settlements (month);
CREATE INDEX service_records_settlement ON service_records (settlement_month, provider_id);

-- What a bank needs to pay a provider: its business ID (Y-tunnus), account and bank.
ALTER TABLE providers ADD COLUMN business_id TEXT;
ALTER TABLE providers ADD COLUMN iban TEXT;
ALTER TABLE providers ADD COLUMN bic TEXT;
