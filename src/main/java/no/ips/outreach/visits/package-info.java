/**
 * The visit log: every employer contact a specialist makes, the evidence managers audit against the IPS fidelity
 * scale. The specialist comes from the token, corrections keep every revision, and only in-person contacts count as
 * face-to-face.
 */
package no.ips.outreach.visits;
