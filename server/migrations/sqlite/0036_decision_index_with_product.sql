-- A budget answer and a monthly statement sum a decision's charged records by product and month
-- (budget::charged_sums). The decision's index held the amounts but not the product, so each
-- record was still read from the table, one page each at a county's scale. With the product in
-- the index the sums read one run of the index and nothing else.
DROP INDEX service_records_decision;
CREATE INDEX service_records_decision ON service_records
    (decision_id, service_date, status, charged_cents, own_share_cents, product);
