/**
 * Teams (a NAV office or a jobcentre), who manages them, and the specialists in them with their scheduled hours and
 * home office. Access to participants and the fidelity audit are scoped by these.
 */
package no.ips.outreach.teams;
