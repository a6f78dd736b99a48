-- Using the budget flexibly (issue 22): the client, or a relative who may act for them, proposes
-- other units a month for the decision's monthly services from the first day of a coming month;
-- the decision-maker accepts or refuses it with a reason the client reads. Kept after the answer:
-- the client's history of what they asked and what was said.
CREATE TABLE budget_proposals (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    -- The decision the proposal changes: an answer to a decision changed since is refused.
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    -- The first day of the month the change starts ("YYYY-MM-DD").
    from_day TEXT NOT NULL,
    -- Units a month per service, as JSON ({"personal-assistance": "52"}); "0" leaves it out.
    units TEXT NOT NULL,
    why TEXT NOT NULL,
    -- What the change meant by the rules when it was sent (JSON), as the client saw it.
    effect TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_by_role TEXT NOT NULL,
    proposed_at INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('waiting', 'accepted', 'refused', 'withdrawn')),
    answer TEXT,
    answered_by TEXT,
    answered_by_role TEXT,
    answered_at INTEGER
);
CREATE INDEX budget_proposals_client ON budget_proposals (client_id, id);
-- One proposal waits per client at a time.
CREATE UNIQUE INDEX budget_proposals_waiting ON budget_proposals (client_id) WHERE state = 'waiting';
