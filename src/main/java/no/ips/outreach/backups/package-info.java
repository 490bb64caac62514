/**
 * Backups of the embedded database while the service runs. MySQL and MariaDB are backed up from outside with
 * {@code mariadb-dump --single-transaction} (README); the embedded H2 file is locked by the running service, so only
 * the service itself can copy it consistently.
 */
package no.ips.outreach.backups;
