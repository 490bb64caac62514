package no.ips.outreach.web.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import com.microsoft.playwright.options.Sizes;
import com.google.gson.JsonObject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.system.OutreachServer;
import no.ips.outreach.testing.Directories;

/**
 * The web app's performance targets, measured in headless Chromium against the real service in dev mode on the
 * embedded H2 database with its demo data (as the browser tests run it):
 * <ol>
 *   <li>the shell's compressed JavaScript and CSS, signed in as Kari on "My week", against 200 KB;</li>
 *   <li>time to interactive on "My week" with the CPU throttled 4x, fresh profile each run, against 1.5 s, with a
 *       static file under the same throttling and the same screen unthrottled as baselines in the same run;</li>
 *   <li>API calls each screen makes to render, against 3.</li>
 * </ol>
 * See docs/benchmarks.md, section "Web app".
 */
public final class WebAppBenchmark {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String NAME = "webapp-bench";
    private static final double CPU_SLOWDOWN = 4;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * "Interactive", measured inside the page from navigation start (performance.now()): the week screen shows its
     * progress and its suggestions section, every "Planlegg" button of a suggestion is enabled, and then the main
     * thread is idle (the first requestIdleCallback after that render). Long tasks are recorded alongside.
     */
    private static final String PROBE = """
            (() => {
              const bench = window.__bench = { longTasks: 0, longTaskMs: 0 };
              try {
                new PerformanceObserver((list) => list.getEntries().forEach((e) => { bench.longTasks++; bench.longTaskMs += e.duration; }))
                  .observe({ type: 'longtask', buffered: true });
              } catch (e) { /* no long task timing */ }
              const ready = () => {
                const app = document.querySelector('outreach-app');
                const week = app && app.shadowRoot && app.shadowRoot.querySelector('week-screen');
                const root = week && week.shadowRoot;
                if (!root || !root.querySelector('[data-testid=progress]') || !root.querySelector('#suggestions-title')) return false;
                const buttons = [...root.querySelectorAll('[data-testid=suggestion] button.primary')];
                if (buttons.some((b) => b.disabled)) return false;
                bench.buttons = buttons.length;
                return true;
              };
              const poll = () => {
                if (ready()) {
                  bench.rendered = performance.now();
                  requestIdleCallback(() => {
                    bench.interactive = performance.now();
                    // where the time went: the page, the last module or style sheet, the API calls
                    const entries = performance.getEntriesByType('resource');
                    const path = (e) => new URL(e.name).pathname;
                    const code = entries.filter((e) => /\\.(js|css)$/.test(path(e)));
                    const apis = entries.filter((e) => path(e).startsWith('/api/'));
                    bench.page = performance.getEntriesByType('navigation')[0].responseEnd;
                    bench.code = Math.max(0, ...code.map((e) => e.responseEnd));
                    bench.apiStart = Math.min(...apis.map((e) => e.startTime));
                    bench.apiEnd = Math.max(...apis.map((e) => e.responseEnd));
                    bench.apiLongest = Math.max(...apis.map((e) => e.responseEnd - e.startTime));
                  });
                } else {
                  requestAnimationFrame(poll);
                }
              };
              requestAnimationFrame(poll);
            })();
            """;

    private WebAppBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.iterations", 20);
        Directories.deleteRecursively(Path.of("target", "it", NAME, "data"));
        StringBuilder md = new StringBuilder();
        try (OutreachServer server = OutreachServer.start(NAME, Map.of(), List.of("-Xmx512m"));
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                    .setExecutablePath(CHROMIUM));
            String token = devToken(server, "kari");
            md.append(String.format(Locale.ROOT, "Run %s, Java %s, %d CPUs shared by the service, Chromium and the client; "
                            + "service heap 512 MiB (default JIT), %s%n%n", LocalDate.now(), Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), browser.version()));
            md.append(shell(browser, server));
            md.append(interactive(browser, server, token, runs));
            md.append(apiCalls(browser, server, token));
            browser.close();
        }
        System.out.println(md);
        Path out = Path.of("target", "benchmarks", "webapp.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        log("written to %s", out);
        System.exit(0);
    }

    // ---- 1. the shell's size -------------------------------------------------------------------------------------

    private static String shell(Browser browser, OutreachServer server) {
        try (BrowserContext context = phone(browser, server)) {
            Page page = context.newPage();
            List<Response> responses = new ArrayList<>();
            page.onResponse(responses::add);
            page.navigate("/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn som Kari Nordmo")).click();
            page.getByTestId("progress").waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(1500);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            if (!page.url().contains("#/week") && !page.url().endsWith("/")) {
                throw new IllegalStateException("did not land on My week: " + page.url());
            }
            Map<String, long[]> scripts = new LinkedHashMap<>();
            Map<String, long[]> others = new LinkedHashMap<>();
            for (Response response : responses) {
                String path = URI.create(response.url()).getPath();
                if (path.startsWith("/api/")) {
                    continue;
                }
                String type = response.headerValue("content-type") == null ? "" : response.headerValue("content-type");
                Sizes sizes = response.request().sizes();
                long decoded = response.body().length;
                boolean gzip = "gzip".equalsIgnoreCase(response.headerValue("content-encoding"));
                long[] row = {sizes.responseBodySize, decoded, gzip ? 1 : 0};
                boolean code = type.contains("javascript") || type.contains("css") || path.endsWith(".js") || path.endsWith(".css");
                (code ? scripts : others).put(path, row);
            }
            // a week with visits draws each day's route: Leaflet is imported then, lazily (next week has Kari's plan)
            int seen = responses.size();
            page.evaluate("h => { location.hash = h; }", "#/week/" + IsoWeek.of(nextWorkingDay()));
            page.waitForTimeout(1000);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(1500);
            Map<String, long[]> lazy = new LinkedHashMap<>();
            for (Response response : responses.subList(seen, responses.size())) {
                String path = URI.create(response.url()).getPath();
                if (!path.startsWith("/api/") && (path.endsWith(".js") || path.endsWith(".css"))) {
                    boolean gzip = "gzip".equalsIgnoreCase(response.headerValue("content-encoding"));
                    lazy.put(path, new long[] {response.request().sizes().responseBodySize, response.body().length, gzip ? 1 : 0});
                }
            }
            long total = scripts.values().stream().mapToLong(r -> r[0]).sum();
            long raw = scripts.values().stream().mapToLong(r -> r[1]).sum();
            StringBuilder md = new StringBuilder("## 1. Shell size: signed in as Kari on My week, fresh profile, gzip\n\n");
            md.append("| file | transferred KB | uncompressed KB | gzip |\n|---|---:|---:|---|\n");
            scripts.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                    .forEach(e -> md.append(sizeRow(e.getKey(), e.getValue())));
            md.append(String.format(Locale.ROOT, "| **JS and CSS, %d files** | **%.1f** | %.1f | |%n", scripts.size(), kb(total), kb(raw)));
            md.append("\nNot JS or CSS, not counted against the target:\n\n| file | transferred KB | uncompressed KB | gzip |\n|---|---:|---:|---|\n");
            others.forEach((path, row) -> md.append(sizeRow(path, row)));
            long lazyTotal = lazy.values().stream().mapToLong(r -> r[0]).sum();
            md.append("\nLoaded later, when a week with visits draws its routes (map library; tiles not counted, none load here):\n\n"
                    + "| file | transferred KB | uncompressed KB | gzip |\n|---|---:|---:|---|\n");
            lazy.forEach((path, row) -> md.append(sizeRow(path, row)));
            md.append(String.format(Locale.ROOT, "| **shell and map library** | **%.1f** | | |%n", kb(total + lazyTotal)));
            log("map library, loaded lazily: %d files, %.1f KB transferred", lazy.size(), kb(lazyTotal));
            md.append(String.format(Locale.ROOT, "%nShell JS+CSS **%.1f KB** compressed against the target of 200 KB: **%s** (%.2f of the budget)%n%n",
                    kb(total), total <= 200 * 1024 ? "met" : "missed", total / (200.0 * 1024)));
            log("shell: %d JS/CSS files, %.1f KB transferred (%.1f KB uncompressed)", scripts.size(), kb(total), kb(raw));
            return md.toString();
        }
    }

    private static String sizeRow(String path, long[] row) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", path, kb(row[0]), kb(row[1]), row[2] == 1 ? "yes" : "no");
    }

    private static double kb(long bytes) {
        return bytes / 1024.0;
    }

    // ---- 2. time to interactive ----------------------------------------------------------------------------------

    private static final List<String> PHASES = List.of("page", "code", "apiStart", "apiEnd", "apiLongest", "rendered", "interactive");

    private static String interactive(Browser browser, OutreachServer server, String token, int runs) {
        int warmUp = Math.max(3, runs / 5);
        for (int i = 0; i < warmUp; i++) {
            weekLoad(browser, server, token, CPU_SLOWDOWN);
            staticLoad(browser, server, CPU_SLOWDOWN);
        }
        Map<String, double[]> throttled = new LinkedHashMap<>();
        Map<String, double[]> plain = new LinkedHashMap<>();
        PHASES.forEach(phase -> {
            throttled.put(phase, new double[runs]);
            plain.put(phase, new double[runs]);
        });
        double[] baseline = new double[runs];
        int buttons = 0;
        long longTasks = 0;
        for (int i = 0; i < runs; i++) {
            // interleaved, so that a noisy neighbour hits all three alike
            Map<String, Double> week = weekLoad(browser, server, token, CPU_SLOWDOWN);
            Map<String, Double> unthrottled = weekLoad(browser, server, token, 1);
            for (String phase : PHASES) {
                throttled.get(phase)[i] = week.get(phase);
                plain.get(phase)[i] = unthrottled.get(phase);
            }
            buttons = week.get("buttons").intValue();
            longTasks += week.get("longTasks").longValue();
            baseline[i] = staticLoad(browser, server, CPU_SLOWDOWN);
            log("run %d: week 4x %.0f ms (rendered %.0f, last module %.0f, API %.0f-%.0f), week 1x %.0f ms, static file 4x %.0f ms",
                    i + 1, week.get("interactive"), week.get("rendered"), week.get("code"), week.get("apiStart"),
                    week.get("apiEnd"), unthrottled.get("interactive"), baseline[i]);
        }
        double[] interactive = throttled.get("interactive");
        double[] unthrottledInteractive = plain.get("interactive");
        StringBuilder md = new StringBuilder("## 2. Time to interactive: fresh load of #/week, CPU throttled 4x, fresh profile each run\n\n");
        md.append(String.format(Locale.ROOT, "%d runs after %d warm-up runs; %d suggestion buttons on the screen; "
                + "%.1f long tasks per throttled load%n%n", runs, warmUp, buttons, longTasks / (double) runs));
        md.append("| measurement | runs | p50 ms | p90 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        md.append(row("baseline: static file /app/icon.svg, CPU 4x, load event", baseline));
        md.append(row("My week, CPU 1x: interactive", unthrottledInteractive));
        md.append(row("My week, CPU 4x: suggestions rendered", throttled.get("rendered")));
        md.append(row("My week, CPU 4x: interactive", interactive));
        md.append(String.format(Locale.ROOT, "%nMy week 4x interactive / static file 4x: p50 **%.1f**, p90 **%.1f**; "
                        + "/ My week 1x: p50 **%.1f**, p90 **%.1f**%n",
                pct(interactive, 50) / pct(baseline, 50), pct(interactive, 90) / pct(baseline, 90),
                pct(interactive, 50) / pct(unthrottledInteractive, 50), pct(interactive, 90) / pct(unthrottledInteractive, 90)));
        md.append(String.format(Locale.ROOT, "%nTarget interactive within 1,500 ms with CPU 4x: p50 %.0f ms **%s**, p90 %.0f ms **%s**%n%n",
                pct(interactive, 50), pct(interactive, 50) <= 1500 ? "met" : "missed",
                pct(interactive, 90), pct(interactive, 90) <= 1500 ? "met" : "missed"));
        md.append("Where the time goes (p50 of each moment, ms from navigation start; resource timing inside the page):\n\n");
        md.append("| moment | CPU 4x | CPU 1x |\n|---|---:|---:|\n");
        Map<String, String> names = Map.of("page", "the page (HTML) received", "code", "the last JS/CSS file received",
                "apiStart", "the first API request sent", "apiEnd", "the last API response received",
                "apiLongest", "the longest API call (duration)", "rendered", "suggestions rendered, buttons enabled",
                "interactive", "main thread idle after that (interactive)");
        for (String phase : PHASES) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f |%n", names.get(phase),
                    pct(throttled.get(phase), 50), pct(plain.get(phase), 50)));
        }
        md.append('\n');
        return md.toString();
    }

    /** The moments of one load, ms from navigation start as the page measured them, with the buttons and long tasks. */
    private static Map<String, Double> weekLoad(Browser browser, OutreachServer server, String token, double slowdown) {
        try (BrowserContext context = phone(browser, server)) {
            context.addInitScript("localStorage.setItem('outreach.token', " + jsString(token) + ");\n" + PROBE);
            Page page = context.newPage();
            throttle(context, page, slowdown);
            page.navigate("/#/week");
            page.waitForFunction("() => window.__bench && window.__bench.apiLongest !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
            @SuppressWarnings("unchecked")
            Map<String, Object> bench = (Map<String, Object>) page.evaluate("() => window.__bench");
            Map<String, Double> moments = new LinkedHashMap<>();
            for (String key : List.of("page", "code", "apiStart", "apiEnd", "apiLongest", "rendered", "interactive", "buttons", "longTasks")) {
                moments.put(key, number(bench.get(key)));
            }
            return moments;
        }
    }

    /** The load event of a small static file from the same server, from navigation start. */
    private static double staticLoad(Browser browser, OutreachServer server, double slowdown) {
        try (BrowserContext context = phone(browser, server)) {
            Page page = context.newPage();
            throttle(context, page, slowdown);
            page.navigate("/app/icon.svg");
            page.waitForFunction("() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0");
            return number(page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd"));
        }
    }

    private static void throttle(BrowserContext context, Page page, double slowdown) {
        if (slowdown != 1) {
            CDPSession cdp = context.newCDPSession(page);
            JsonObject rate = new JsonObject();
            rate.addProperty("rate", slowdown);
            cdp.send("Emulation.setCPUThrottlingRate", rate);
        }
    }

    private static String row(String name, double[] millis) {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%n", name, millis.length,
                pct(millis, 50), pct(millis, 90), pct(millis, 100));
    }

    /** Nearest-rank percentile. */
    private static double pct(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ---- 3. API calls per screen ---------------------------------------------------------------------------------

    private static String apiCalls(Browser browser, OutreachServer server, String token) {
        LocalDate next = nextWorkingDay();
        String week = IsoWeek.of(next).toString();
        long planned = -1;
        long employer = -1;
        for (JsonValue day : Json.createReader(new StringReader(get(server, token, "/api/v1/planner/kari/weeks/" + week)))
                .readObject().getJsonArray("days")) {
            for (JsonValue visit : day.asJsonObject().getJsonArray("visits")) {
                if (planned < 0 && "PLANNED".equals(visit.asJsonObject().getString("state"))) {
                    planned = visit.asJsonObject().getJsonNumber("id").longValue();
                    employer = visit.asJsonObject().getJsonNumber("employerId").longValue();
                }
            }
        }
        if (planned < 0) {
            throw new IllegalStateException("Kari has no planned visit in " + week);
        }
        JsonArray caseload = Json.createReader(new StringReader(get(server, token, "/api/v1/participants?specialist=kari&limit=1")))
                .readObject().getJsonArray("items");
        long participant = caseload.getJsonObject(0).getJsonNumber("id").longValue();
        List<String> screens = List.of("#/week", "#/visit/new", "#/visit/planned/" + planned, "#/employers",
                "#/employers/" + employer, "#/employers/new", "#/participants", "#/participants/" + participant, "#/outbox");

        StringBuilder md = new StringBuilder("## 3. API calls to render each screen\n\n");
        md.append(String.format(Locale.ROOT, "Planned visit %d (week %s), employer %d, participant %d. Warm: one signed-in page, "
                + "each screen in turn by setting location.hash (what the session has cached, /me and the caseload, is not fetched "
                + "again). Cold: a fresh profile loading that screen's URL, /me counted apart.%n%n", planned, week, employer, participant));
        md.append("| screen | warm: API calls | cold: API calls besides /me | cold: /me | calls (warm) |\n|---|---:|---:|---:|---|\n");
        Map<String, List<String>> warm = new LinkedHashMap<>();
        int firstMe;
        try (BrowserContext context = phone(browser, server)) {
            context.addInitScript("localStorage.setItem('outreach.token', " + jsString(token) + ");");
            Page page = context.newPage();
            Traffic traffic = new Traffic(page);
            page.navigate("/#/week");
            traffic.quiet();
            firstMe = (int) traffic.calls.stream().filter(c -> c.endsWith("/api/v1/me")).count();
            warm.put("#/week", traffic.calls.stream().filter(c -> !c.endsWith("/api/v1/me")).toList());
            for (String screen : screens.subList(1, screens.size())) {
                traffic.calls.clear();
                page.evaluate("h => { location.hash = h; }", screen);
                traffic.quiet();
                warm.put(screen, List.copyOf(traffic.calls));
            }
        }
        boolean allMet = true;
        for (String screen : screens) {
            List<String> cold;
            try (BrowserContext context = phone(browser, server)) {
                context.addInitScript("localStorage.setItem('outreach.token', " + jsString(token) + ");");
                Page page = context.newPage();
                Traffic traffic = new Traffic(page);
                page.navigate("/" + screen);
                traffic.quiet();
                cold = List.copyOf(traffic.calls);
            }
            long me = cold.stream().filter(c -> c.endsWith("/api/v1/me")).count();
            long others = cold.size() - me;
            allMet &= warm.get(screen).size() <= 3 && others <= 3;
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s |%n", screen, warm.get(screen).size(), others, me,
                    String.join("<br>", warm.get(screen).stream().map(c -> c.replaceFirst("^GET ", "").replace("/api/v1", "")).toList())));
            log("%s: warm %d %s; cold %d + /me %d %s", screen, warm.get(screen).size(), warm.get(screen), others, me, cold);
        }
        md.append(String.format(Locale.ROOT, "%nFirst load of the session: /api/v1/me fetched %d time(s), then cached. "
                + "Target at most 3 API calls per screen: **%s**%n", firstMe, allMet ? "met on every screen" : "missed (see the table)"));
        return md.toString();
    }

    /** The page's API requests, and a wait until the network has been quiet for a second. */
    private static final class Traffic {
        final List<String> calls = new ArrayList<>();
        private final Page page;
        private int inFlight;
        private long lastActivity = System.nanoTime();

        Traffic(Page page) {
            this.page = page;
            page.onRequest(this::started);
            page.onRequestFinished(request -> ended());
            page.onRequestFailed(request -> ended());
        }

        private void started(Request request) {
            inFlight++;
            lastActivity = System.nanoTime();
            String path = URI.create(request.url()).getPath();
            if (path.startsWith("/api/")) {
                String query = URI.create(request.url()).getRawQuery();
                calls.add(request.method() + " " + path + (query == null ? "" : "?" + query));
            }
        }

        private void ended() {
            inFlight--;
            lastActivity = System.nanoTime();
        }

        void quiet() {
            long start = System.nanoTime();
            page.waitForTimeout(500);
            while (inFlight > 0 || System.nanoTime() - lastActivity < 1_000_000_000L) {
                if (System.nanoTime() - start > 30_000_000_000L) {
                    throw new IllegalStateException("network not quiet after 30 s: " + calls);
                }
                page.waitForTimeout(100);
            }
        }
    }

    private static LocalDate nextWorkingDay() {
        LocalDate next = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** A phone as the browser tests use it, with no service worker and an empty cache. */
    private static BrowserContext phone(Browser browser, OutreachServer server) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("nb-NO")
                .setBaseURL(server.base().toString()).setServiceWorkers(ServiceWorkerPolicy.BLOCK));
    }

    private static String devToken(OutreachServer server, String user) throws IOException {
        return Json.createReader(new StringReader(Files.readString(server.workDir().resolve("data/dev-tokens.json"))))
                .readObject().getJsonObject(user).getString("token");
    }

    private static String get(OutreachServer server, String token, String path) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(server.base().resolve(path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }


    private static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
