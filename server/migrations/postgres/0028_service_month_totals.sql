-- What each decision has been charged a month for each service and provider: the organiser's
-- indicators filtered by service or provider read these few rows instead of every record of a
-- county's month (issue 22). Kept beside decision_month_totals, in the same transaction as every
-- record that is charged. docs/decisions/0034-indicator-filters-and-charts.md
CREATE TABLE service_month_totals (
    decision_id BIGINT NOT NULL REFERENCES decisions (id),
    month TEXT NOT NULL,
    product TEXT NOT NULL,
    provider_id BIGINT NOT NULL REFERENCES providers (id),
    charged_cents BIGINT NOT NULL,
    own_share_cents BIGINT NOT NULL,
    PRIMARY KEY (decision_id, month, product, provider_id)
);
CREATE INDEX service_month_totals_product ON service_month_totals (month, product);
CREATE INDEX service_month_totals_provider ON service_month_totals (month, provider_id);
INSERT INTO service_month_totals (decision_id, month, product, provider_id, charged_cents, own_share_cents)
SELECT decision_id, SUBSTR(service_date, 1, 7), product, provider_id, SUM(charged_cents), SUM(own_share_cents)
FROM service_records WHERE status = 'charged'
GROUP BY decision_id, SUBSTR(service_date, 1, 7), product, provider_id;
