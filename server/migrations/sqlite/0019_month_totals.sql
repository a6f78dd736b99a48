-- What each decision has been charged, month by month, kept in the same transaction as every
-- record that is charged (reported charged, or released after it was held). The counsellor's
-- list reads a client's status (B11) from these few rows instead of summing every record
-- (issue 21); the cap check (B8) sums them too. Held and refused records are not in them.
-- docs/decisions/0027-month-totals.md
CREATE TABLE decision_month_totals (
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    month TEXT NOT NULL,
    charged_cents INTEGER NOT NULL,
    own_share_cents INTEGER NOT NULL,
    PRIMARY KEY (decision_id, month)
);
INSERT INTO decision_month_totals (decision_id, month, charged_cents, own_share_cents)
SELECT decision_id, SUBSTR(service_date, 1, 7), SUM(charged_cents), SUM(own_share_cents)
FROM service_records WHERE status = 'charged'
GROUP BY decision_id, SUBSTR(service_date, 1, 7);
