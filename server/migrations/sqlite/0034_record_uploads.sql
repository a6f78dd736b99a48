-- A provider's file of service records (issue 24, decision 0040): kept from the moment it is
-- checked until it is stored, so that what the provider confirms is exactly what it saw. The
-- rows' outcomes are JSON lists (line, record id, outcome): one read shows a whole file.
CREATE TABLE record_uploads (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    uploaded_by INTEGER NOT NULL REFERENCES accounts (id),
    uploaded_at INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    content TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    -- What storing would do, found by a trial run that was rolled back.
    checked TEXT NOT NULL,
    -- 'checked', 'storing', 'stored' or 'interrupted' (storing failed; sent again it goes on).
    state TEXT NOT NULL,
    -- When storing last stored a part, unix seconds: storing that has not moved for a while
    -- stopped with its server process, and may be taken up again.
    touched_at INTEGER NOT NULL DEFAULT 0,
    -- Rows stored so far, and what became of them, both written with each part stored.
    done_rows INTEGER NOT NULL DEFAULT 0,
    stored TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX record_uploads_provider ON record_uploads (provider_id, id);
