/**
 * The outreach-audit benchmark (docs/benchmarks.md): a million synthetic visits by 2,000 specialists in 100 teams on
 * MariaDB, the team and national reports timed over HTTP against the real service, and a naive SQL aggregation over
 * the visit log as the baseline. No class here ends in Test or IT, so no test run picks them up.
 */
package no.ips.outreach.audit.bench;
