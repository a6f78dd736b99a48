-- A provider's records by day: its workspace lists a month of them (issue 24). The unique index
-- on (provider_id, provider_record_id) leads with the provider but not by date.
CREATE INDEX service_records_provider_date ON service_records (provider_id, service_date);
