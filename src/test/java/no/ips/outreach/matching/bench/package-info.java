/**
 * The matching benchmark (run with {@code mvn -B -Pbench test-compile exec:exec}, see docs/benchmarks.md): seeded
 * synthetic openings and participants spread over Norway, ranked in process and, as a baseline, by a naive SQL
 * query on MariaDB. No class here ends in Test or IT, so {@code mvn verify} never runs it.
 */
package no.ips.outreach.matching.bench;
