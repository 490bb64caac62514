package no.ips.outreach.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real service: the built WAR on the real Payara Micro, in its own process, on a free port. The harness fails
 * fast with the server log when deployment fails, instead of waiting for a timeout on a server that answers 404.
 */
public final class OutreachServer implements AutoCloseable {

    private static final Duration BOOT_LIMIT = Duration.ofSeconds(180);

    private final Process process;
    private final Path log;
    private final Path workDir;
    private final URI base;

    private OutreachServer(Process process, Path log, Path workDir, URI base) {
        this.process = process;
        this.log = log;
        this.workDir = workDir;
        this.base = base;
    }

    /** Quick to start and light on the shared test machine, rather than fast once warm. */
    /** As the service is started in production (README): no class-path scan for the JSON provider per request. */
    static final String JSON_PROVIDER = "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

    private static final List<String> TEST_JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Starts the service with the given environment and waits until its API answers. */
    public static OutreachServer start(String name, Map<String, String> environment) {
        return start(name, environment, TEST_JVM);
    }

    /** Starts the service with the given JVM options (a benchmark wants the optimising compiler). */
    public static OutreachServer start(String name, Map<String, String> environment, List<String> jvmOptions) {
        return start(name, environment, jvmOptions, List.of());
    }

    /** Starts the service with the given JVM options and Payara Micro options, e.g. {@code --maxhttpthreads 4}. */
    public static OutreachServer start(String name, Map<String, String> environment, List<String> jvmOptions,
                                       List<String> payaraOptions) {
        OutreachServer server = launch(name, environment, jvmOptions, payaraOptions);
        server.awaitDeployment();
        return server;
    }

    /** Starts Payara Micro with the service and waits only until Payara has booted, deployed or not. */
    public static OutreachServer boot(String name, Map<String, String> environment) {
        OutreachServer server = launch(name, environment, TEST_JVM, List.of());
        server.awaitBoot();
        return server;
    }

    private static OutreachServer launch(String name, Map<String, String> environment, List<String> jvmOptions,
                                         List<String> payaraOptions) {
        try {
            Path workDir = Path.of("target", "it", name).toAbsolutePath();
            Files.createDirectories(workDir);
            int port = freePort();
            Path log = workDir.resolve("server.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            if (!"false".equals(System.getProperty("bench.jsonProvider"))) {
                // a benchmark may leave it out (-Dbench.jsonProvider=false) to measure what it saves
                command.add(JSON_PROVIDER);
            }
            command.addAll(List.of("-Duser.timezone=UTC", "-jar", requiredFile("payara.jar").toString(),
                    "--deploy", requiredFile("outreach.war").toString(),
                    "--contextroot", "/", "--port", Integer.toString(port), "--nohazelcast"));
            command.addAll(payaraOptions);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("OUTREACH_") || key.startsWith("MP_JWT_"));
            builder.environment().putAll(environment);
            var server = new OutreachServer(builder.start(), log, workDir, URI.create("http://127.0.0.1:" + port));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return base;
    }

    /** The service's process, e.g. to measure the processor time a request costs on a busy machine. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public Path workDir() {
        return workDir;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Deployed means the API itself answers (401 without a token); Payara alone would answer 404. */
    private void awaitDeployment() {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(BOOT_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during startup:\n" + tail());
            }
            String text = log();
            if (text.contains("Exception while loading the app") || text.contains("Deployment failed")) {
                close();
                throw new IllegalStateException("Deployment failed:\n" + tail());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/employers")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Payara Micro did not deploy within " + BOOT_LIMIT + ":\n" + tail());
    }

    private void awaitBoot() {
        Instant deadline = Instant.now().plus(BOOT_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during startup:\n" + tail());
            }
            if (log().contains(" ready in ")) {
                return;
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Payara Micro did not boot within " + BOOT_LIMIT + ":\n" + tail());
    }

    private String tail() {
        String text = log();
        return text.substring(Math.max(0, text.length() - 6000));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path requiredFile(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name the built file (run through mvn verify)");
        }
        return Path.of(value);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
