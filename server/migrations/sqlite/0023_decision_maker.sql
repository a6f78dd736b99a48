-- The decision-maker decides; the counsellor, who guides, prepares (issue 22). A decision now says
-- on what grounds it was made. Events before this have none.
ALTER TABLE decision_events ADD COLUMN grounds TEXT;

-- A decision the counsellor prepared, waiting for the decision-maker: the form's fields as the
-- counsellor left them (JSON), so the decision-maker opens the same form. At most one per client;
-- preparing again replaces it, deciding removes it.
CREATE TABLE prepared_decisions (
    client_id INTEGER PRIMARY KEY REFERENCES clients (id),
    fields TEXT NOT NULL,
    prepared_by TEXT NOT NULL,
    prepared_by_role TEXT NOT NULL,
    prepared_at INTEGER NOT NULL
);
CREATE INDEX prepared_decisions_at ON prepared_decisions (prepared_at);
