/**
 * The startup benchmark's "floor": the smallest application that uses the same containers as the service (JAX-RS,
 * CDI with a transactional bean, JPA on a data source it defines, MicroProfile Health). {@code StartupBenchmark}
 * packs these classes into a WAR of their own; nothing else uses them. What Payara Micro spends on deploying them is
 * what any application on this stack pays before its own classes count.
 */
package no.ips.outreach.platform.bench.floor;
