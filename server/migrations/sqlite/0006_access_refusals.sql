-- Looks at a client's data that were refused (answered 404), for the organiser's security
-- review. No foreign key: the id asked for may belong to nobody, and that is worth knowing too.
-- Append-only, like the access log.
CREATE TABLE access_refusals (
    id INTEGER PRIMARY KEY,
    asked_client_id INTEGER NOT NULL,
    actor TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    what TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX access_refusals_at ON access_refusals (at);
CREATE TRIGGER access_refusals_no_update BEFORE UPDATE ON access_refusals
BEGIN SELECT RAISE(ABORT, 'the log of refused looks is append-only'); END;
CREATE TRIGGER access_refusals_no_delete BEFORE DELETE ON access_refusals
BEGIN SELECT RAISE(ABORT, 'the log of refused looks is append-only'); END;
