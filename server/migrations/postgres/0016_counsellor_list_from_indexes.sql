-- "My clients" reads, for each of up to 300 clients, its charged records summed by month
-- (budget::charged_by_month) and its held records counted (counsellor::clients_of). At a
-- county's scale those records lie all over the table, one page each (issue 21). With the
-- amounts in the decision's index the sums are an index-only scan of one run of the index per
-- decision, and the held records, which are few, have an index of their own.
DROP INDEX service_records_decision;
CREATE INDEX service_records_decision ON service_records (decision_id, service_date)
    INCLUDE (status, charged_cents, own_share_cents);
CREATE INDEX service_records_held ON service_records (client_id) WHERE status = 'held';
