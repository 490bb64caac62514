-- The language each user reads the service in (nb, da or en), set by the user themself. Keyed by the token's user
-- name rather than the specialist record, because managers and administrators read worksheets and CSV files too.
-- A user without a row gets their Accept-Language header, else bokmål.
CREATE TABLE user_language (
    username   VARCHAR(100) PRIMARY KEY,
    language   VARCHAR(2)   NOT NULL,
    changed_at DATETIME(6)  NOT NULL
);
