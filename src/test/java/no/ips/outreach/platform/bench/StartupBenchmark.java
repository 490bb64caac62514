package no.ips.outreach.platform.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.ips.outreach.platform.bench.floor.FloorApplication;

/**
 * The service's startup against two other WARs on the same Payara Micro, started in turn, round after round, so that
 * the machine's noise falls on all three alike: an empty WAR ({@code WEB-INF/web.xml} only), the "floor" (the
 * classes of {@code bench.floor}: one resource, one transactional bean, one entity on its own data source, one
 * readiness check, so every container the service uses) and the service's WAR on its embedded database. For each
 * start: Payara's own {@code successfully deployed in} and {@code ready in}, the processor time of the process until
 * ready, and the phases between the log lines that bound them (the WAR's class scan; the web module; the persistence
 * unit, the data source and JAX-RS; Weld). Each WAR is started once before the rounds, unmeasured: the service's first
 * start migrates and loads the demo data.
 *
 * <p>Run with {@code mvn -B -Pbench package -DskipTests exec:exec
 * -Dbench.main=no.ips.outreach.platform.bench.StartupBenchmark}; {@code -Dbench.rounds} (5) sets the rounds and
 * {@code -Dbench.war=…} measures another build. The table goes to {@code target/benchmarks/startup.md}; see
 * docs/benchmarks.md.
 */
public final class StartupBenchmark {

    private static final Duration BOOT_LIMIT = Duration.ofSeconds(180);
    private static final Pattern STAMP = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3})\\+0000\\]");
    private static final Pattern DEPLOYED = Pattern.compile("successfully deployed in ([\\d,]+) milliseconds");
    private static final Pattern READY = Pattern.compile("ready in ([\\d,]+) \\(ms\\)");

    /** The log lines that bound the phases, in the order Payara writes them; an empty WAR never starts Weld. */
    private static final Map<String, String> MARKS = marks();

    private StartupBenchmark() {
    }

    private static Map<String, String> marks() {
        Map<String, String> marks = new LinkedHashMap<>();
        marks.put("booted", "JMXStartupService has disabled");
        marks.put("scanned", "No deployment transformer implementation found");
        marks.put("web module", "Virtual server server loaded default web module");
        marks.put("weld", "WELD-000900");
        marks.put("deployed", "successfully deployed in");
        return marks;
    }

    /** One start: Payara's two figures, the process's CPU seconds until ready and the seconds between the marks. */
    record Start(String war, double deployedSeconds, double readySeconds, double cpuSeconds, Map<String, Double> phases) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        Path work = Path.of("target", "startup-bench").toAbsolutePath();
        Files.createDirectories(work);
        Map<String, Path> wars = new LinkedHashMap<>();
        wars.put("empty WAR", emptyWar(work.resolve("empty.war")));
        wars.put("floor WAR", floorWar(work.resolve("floor.war")));
        wars.put("outreach", Path.of(required("outreach.war")));

        for (var war : wars.entrySet()) {
            Start first = start(war.getKey(), war.getValue(), work);
            System.out.printf(Locale.ROOT, "warm-up %-10s deployed in %.2f s%n", war.getKey(), first.deployedSeconds());
        }
        List<Start> starts = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (var war : wars.entrySet()) {
                Start measured = start(war.getKey(), war.getValue(), work);
                starts.add(measured);
                System.out.printf(Locale.ROOT, "round %d %-10s deployed in %.2f s, ready in %.2f s, %.1f s CPU%n", round,
                        war.getKey(), measured.deployedSeconds(), measured.readySeconds(), measured.cpuSeconds());
            }
        }
        String report = report(starts, rounds, List.copyOf(wars.keySet()));
        Path out = Path.of("target", "benchmarks", "startup.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static Start start(String name, Path war, Path work) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve(name.replace(' ', '-')));
        Path log = dir.resolve("server.log");
        int port = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Duser.timezone=UTC", "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl",
                "-Doutreach.public-url=http://localhost:" + port,
                "-jar", required("payara.jar"), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nohazelcast");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            Instant limit = Instant.now().plus(BOOT_LIMIT);
            String text = "";
            while (!READY.matcher(text).find()) {
                if (!process.isAlive() || Instant.now().isAfter(limit)) {
                    throw new IllegalStateException(name + " did not start; see " + log);
                }
                Thread.sleep(100);
                text = Files.readString(log, StandardCharsets.ISO_8859_1);
            }
            double cpu = process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
            return new Start(name, seconds(DEPLOYED, text), seconds(READY, text), cpu, phases(text));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static double seconds(Pattern figure, String log) {
        Matcher found = figure.matcher(log);
        return found.find() ? Long.parseLong(found.group(1).replace(",", "")) / 1000.0 : Double.NaN;
    }

    /** Seconds from each mark to the next one present; a phase whose closing mark is missing is left out. */
    private static Map<String, Double> phases(String log) {
        Map<String, Instant> at = new LinkedHashMap<>();
        for (String line : log.lines().toList()) {
            Matcher stamp = STAMP.matcher(line);
            if (!stamp.find()) {
                continue;
            }
            MARKS.forEach((mark, text) -> {
                if (!at.containsKey(mark) && line.contains(text)) {
                    at.put(mark, Instant.parse(stamp.group(1) + "Z"));
                }
            });
        }
        Map<String, Double> phases = new LinkedHashMap<>();
        List<String> present = MARKS.keySet().stream().filter(at::containsKey).toList();
        for (int i = 1; i < present.size(); i++) {
            phases.put(present.get(i - 1) + " → " + present.get(i),
                    Duration.between(at.get(present.get(i - 1)), at.get(present.get(i))).toMillis() / 1000.0);
        }
        return phases;
    }

    private static String report(List<Start> starts, int rounds, List<String> wars) {
        StringBuilder md = new StringBuilder();
        md.append("## Startup, ").append(rounds).append(" rounds, WARs alternated\n\n")
                .append("Medians (lowest-highest) in seconds; the differences are of the medians.\n\n")
                .append("| WAR | successfully deployed in | ready in | CPU until ready | deployed, more than the empty WAR | more than the floor |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        Map<String, Double> deployed = new LinkedHashMap<>();
        for (String war : wars) {
            deployed.put(war, median(starts, war, Start::deployedSeconds));
        }
        for (String war : wars) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %+.2f | %s |%n", war,
                    spread(starts, war, Start::deployedSeconds), spread(starts, war, Start::readySeconds),
                    spread(starts, war, Start::cpuSeconds), deployed.get(war) - deployed.get(wars.get(0)),
                    wars.indexOf(war) < 1 ? "" : String.format(Locale.ROOT, "%+.2f", deployed.get(war) - deployed.get(wars.get(1)))));
        }
        md.append("\nPhases, medians in seconds (from Payara's log lines; the empty WAR starts no Weld):\n\n| WAR |");
        List<String> names = new ArrayList<>(starts.stream().flatMap(s -> s.phases().keySet().stream()).distinct().toList());
        names.forEach(name -> md.append(' ').append(name).append(" |"));
        md.append("\n|---|").append("---:|".repeat(names.size())).append('\n');
        for (String war : wars) {
            md.append("| ").append(war).append(" |");
            for (String name : names) {
                double value = median(starts, war, s -> s.phases().getOrDefault(name, Double.NaN));
                md.append(Double.isNaN(value) ? " |" : String.format(Locale.ROOT, " %.2f |", value));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String spread(List<Start> starts, String war, ToDoubleFunction<Start> figure) {
        double[] values = starts.stream().filter(s -> s.war().equals(war)).mapToDouble(figure).sorted().toArray();
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median(values), values[0], values[values.length - 1]);
    }

    private static double median(List<Start> starts, String war, ToDoubleFunction<Start> figure) {
        return median(starts.stream().filter(s -> s.war().equals(war)).mapToDouble(figure).filter(v -> !Double.isNaN(v))
                .sorted().toArray());
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Path emptyWar(Path war) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            add(zip, "WEB-INF/web.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
                    """.getBytes(StandardCharsets.UTF_8));
        }
        return war;
    }

    /** The floor's compiled classes under WEB-INF/classes, with a persistence unit of its own. */
    private static Path floorWar(Path war) throws IOException, URISyntaxException {
        Path classes = Path.of(FloorApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path floor = classes.resolve(FloorApplication.class.getPackageName().replace('.', '/'));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war)); Stream<Path> files = Files.list(floor)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                add(zip, "WEB-INF/classes/" + classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            add(zip, "WEB-INF/classes/META-INF/persistence.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                        <persistence-unit name="floor" transaction-type="JTA">
                            <jta-data-source>java:app/jdbc/floor</jta-data-source>
                            <properties>
                                <property name="jakarta.persistence.schema-generation.database.action" value="none"/>
                            </properties>
                        </persistence-unit>
                    </persistence>
                    """.getBytes(StandardCharsets.UTF_8));
        }
        return war;
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String required(String property) {
        return Optional.ofNullable(System.getProperty(property)).filter(value -> Files.exists(Path.of(value)))
                .orElseThrow(() -> new IllegalStateException("System property " + property + " must name the built file (run through the bench profile)"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
