/**
 * The register of local employers that specialists visit: organisation numbers checked like the Norwegian and
 * Danish registers do, contact persons, search (including distance from a point), archiving instead of deletion,
 * and the relationship stage derived from the contact history.
 */
package no.ips.outreach.employers;
