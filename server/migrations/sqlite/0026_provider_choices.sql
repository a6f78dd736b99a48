-- A client's first choice of provider for a service of the decision that has none (issue 22):
-- the agreement is made from the choice, as a change of provider makes one, and the choice is
-- kept with who made it, so "Done for me" can tell a relative's.
CREATE TABLE provider_choices (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    agreement_id INTEGER NOT NULL REFERENCES agreements (id),
    done_by TEXT NOT NULL,
    done_by_role TEXT NOT NULL,
    done_at INTEGER NOT NULL
);
CREATE INDEX provider_choices_client ON provider_choices (client_id);
