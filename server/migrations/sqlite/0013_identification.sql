-- Clients, relatives and experience experts sign in with strong identification (Suomi.fi). The
-- identity code in the ID token finds their account through a keyed hash (HMAC-SHA-256 with the
-- PORTAL_IDENTITY_KEY secret): the code itself is never stored for this, and a copy of the
-- table alone cannot be searched for a known code. Staff have none; they sign in through their
-- organisation's provider by user name.
ALTER TABLE accounts ADD COLUMN identity_hash TEXT;
CREATE UNIQUE INDEX accounts_identity_hash ON accounts (identity_hash);
