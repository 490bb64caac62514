/**
 * Job starts (placements): the outcome the outreach is for. Filling an opening creates the job start and moves the
 * participant to EMPLOYED in one transaction. Job starts feed the fidelity items on diversity of job types, diversity
 * of employers and competitive jobs.
 */
package no.ips.outreach.jobstarts;
