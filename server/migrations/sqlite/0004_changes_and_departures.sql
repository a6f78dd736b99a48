-- Changing provider (B14-B16) and leaving the personal budget (B17).
-- The same shape as ../postgres/0004_changes_and_departures.sql.

-- A change of provider for one agreement. Making one ends the old agreement on old_last_day
-- and adds the new agreement from new_first_day; cancelling undoes both. It is "pending" until
-- new_first_day and "done" after; stored status is only 'made' or 'cancelled'.
CREATE TABLE provider_changes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    agreement_id INTEGER NOT NULL REFERENCES agreements (id),
    new_agreement_id INTEGER REFERENCES agreements (id),
    old_provider_id INTEGER NOT NULL REFERENCES providers (id),
    new_provider_id INTEGER NOT NULL REFERENCES providers (id),
    product TEXT NOT NULL,
    notice_on TEXT NOT NULL,
    old_last_day TEXT NOT NULL,
    new_first_day TEXT NOT NULL,
    -- The old agreement's end before the change, put back if the change is cancelled.
    old_end_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('made', 'cancelled')),
    made_by TEXT NOT NULL,
    made_by_role TEXT NOT NULL,
    made_at INTEGER NOT NULL,
    cancelled_by TEXT,
    cancelled_by_role TEXT,
    cancelled_at INTEGER,
    -- A double click or a resent form carries the same key and gets the first change back.
    idempotency_key TEXT,
    CONSTRAINT provider_changes_key_unique UNIQUE (client_id, idempotency_key),
    CHECK (old_last_day < new_first_day)
);
-- B16 in the database: two requests at once cannot both make a change for one agreement.
CREATE UNIQUE INDEX provider_changes_one_per_agreement ON provider_changes (agreement_id) WHERE status = 'made';
CREATE INDEX provider_changes_client ON provider_changes (client_id);

-- Leaving the personal budget: the decision's period is shortened to last_day (B17);
-- original_valid_to keeps what it was. One departure per decision.
CREATE TABLE departures (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    notice_on TEXT NOT NULL,
    last_day TEXT NOT NULL,
    original_valid_to TEXT NOT NULL,
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL,
    -- The optional answer to "why": reason codes separated by commas, and own words.
    reasons TEXT,
    reason_text TEXT,
    CONSTRAINT departures_decision_unique UNIQUE (decision_id)
);
