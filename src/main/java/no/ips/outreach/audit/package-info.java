/**
 * The outreach audit: what managers and method supervisors check against the IPS-25 fidelity scale. Face-to-face
 * employer contacts per week, time in the community, individualized and rapid job search, job starts, the quality of
 * employer contact, and the weekly sign-off of each specialist's contact log. Every figure comes with its inputs, so a
 * fidelity reviewer can check it by hand; team reports never name participants except to their own specialist.
 */
package no.ips.outreach.audit;
