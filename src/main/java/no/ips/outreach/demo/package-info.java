/**
 * Realistic demo data for dev mode: employers in Bodø with valid organisation numbers and real NACE codes, three
 * specialists and a few months of their visits. Loaded only into an empty embedded database.
 */
package no.ips.outreach.demo;
