/**
 * The participant sync benchmark (docs/benchmarks.md): run with {@code -Pbench exec:exec}, never by a test run.
 */
package no.ips.outreach.participants.bench;
