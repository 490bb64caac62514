-- A calendar that Outlook and Google subscribe to: one secret URL per user, kept only as a SHA-256 of its token, so
-- that the table (or a backup of it) never holds a working URL. Renewing revokes the old one; a revoked one answers 404.
CREATE TABLE calendar_feed (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash)
);

CREATE INDEX ix_calendar_feed_user ON calendar_feed (username, revoked_at);
