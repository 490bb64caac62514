-- Run once as a database administrator. Flyway creates and upgrades the tables at service startup.
CREATE DATABASE IF NOT EXISTS outreach CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'outreach'@'%' IDENTIFIED BY 'change-me';
-- The service owns its schema (migrations), so it needs DDL rights on this database and nothing else.
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES, CREATE VIEW, SHOW VIEW
    ON outreach.* TO 'outreach'@'%';
