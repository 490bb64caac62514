/**
 * Storage limitation: participant records anonymised, and access-log rows deleted, once their configured time is
 * over; on a schedule that runs in exactly one instance of a cluster, and on an administrator's request.
 */
package no.ips.outreach.retention;
