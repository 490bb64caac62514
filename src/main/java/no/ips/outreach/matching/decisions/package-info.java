/**
 * Match decisions: a proposed opening follows the participant's own choice (IPS principle 5). A match moves from
 * proposed through interested or declined, introduced and interview to hired or not hired; every step keeps when,
 * who and why. Hiring records the job start in the same transaction. A declined opening is not proposed again until
 * the participant's preferences or the opening change, and ranking can leave those openings out.
 */
package no.ips.outreach.matching.decisions;
