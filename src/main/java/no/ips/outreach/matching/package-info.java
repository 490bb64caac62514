/**
 * Matching, the IPS way: participants' own preferences drive it, nobody is filtered out for "job readiness", and
 * when no suitable opening exists the answer is which employers to go and talk to. Scoring is a pure function whose
 * explanation always adds up to the score.
 */
package no.ips.outreach.matching;
