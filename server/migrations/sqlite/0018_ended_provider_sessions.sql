-- Sessions at an identity provider that the provider has said are over (OpenID Connect
-- Back-Channel Logout): a portal sign-in that came from one of them ends at its next request.
-- A row is needed only as long as a sign-in can last, and is then removed.
CREATE TABLE ended_provider_sessions (
    issuer TEXT NOT NULL,
    sid TEXT NOT NULL,
    ended_at INTEGER NOT NULL,
    PRIMARY KEY (issuer, sid)
);
CREATE INDEX ended_provider_sessions_at ON ended_provider_sessions (ended_at);
