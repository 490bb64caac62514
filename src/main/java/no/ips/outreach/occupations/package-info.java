/**
 * The ISCO-08 occupation structure (Norway's STYRK-08 uses the same codes), which participants' job preferences,
 * openings and job starts are coded in. Reference data, loaded by the migrations; read-only.
 */
package no.ips.outreach.occupations;
