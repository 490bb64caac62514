/**
 * What every component shares: problem+json errors, roles and the current user, paging, ETags and idempotent
 * POSTs, the datasource and its migrations, readiness, and dev mode with its own token issuer.
 */
package no.ips.outreach.platform;
