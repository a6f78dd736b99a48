-- An experience expert may take back hours written down by mistake (issue 22): the row stays,
-- marked removed (unix seconds), so that the client's "Done for me" can say so and the
-- indicators leave it out.
ALTER TABLE expert_hours ADD COLUMN removed_at BIGINT;
