/**
 * The public registers of businesses, kept apart from the employer list: postcode centroids that give an employer
 * without coordinates an approximate position, and (to come) the imported Enhetsregisteret and CVR units that
 * employers are looked up in and chosen from.
 */
package no.ips.outreach.registers;
