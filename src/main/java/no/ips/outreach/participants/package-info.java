/**
 * The people the outreach is for, pseudonymous by design, with the job preferences they state themselves.
 * Health-adjacent data under GDPR Article 9: every access is scoped to the caller's caseload or teams and written
 * to the access log; a participant can be anonymised while the statistics survive.
 */
package no.ips.outreach.participants;
