-- The organiser's indicators read one month of a whole county: the month's totals of every
-- decision, and the records held for review in the month, without reading every record.
-- docs/decisions/0030-indicators.md
CREATE INDEX decision_month_totals_month ON decision_month_totals (month);
CREATE INDEX service_records_held_by_day ON service_records (service_date) WHERE status = 'held';
