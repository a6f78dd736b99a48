-- Lookups that read the whole table without these, measured at a county's scale (issue 21,
-- server/benches/scale.rs): a client's decisions and agreements, a provider's agreements, and a
-- client's mandates, departures and feedback answers.
CREATE INDEX decisions_client ON decisions (client_id, valid_from);
CREATE INDEX agreements_client_provider ON agreements (client_id, provider_id, product);
CREATE INDEX agreements_provider ON agreements (provider_id);
CREATE INDEX mandates_client ON mandates (client_id);
CREATE INDEX departures_client ON departures (client_id);
CREATE INDEX feedback_answers_client ON feedback_answers (client_id);
