package no.ips.outreach.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.ips.outreach.system.Client;
import no.ips.outreach.system.OutreachServer;
import no.ips.outreach.testing.Directories;

/**
 * What every browser test shares in one run: the service in dev mode on the embedded database with its demo data
 * (as a newcomer starts it), and one headless Chromium. Debian's chromium is used when it is installed; elsewhere
 * Playwright downloads its own.
 */
final class Stage {

    static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * A host system's page on another origin, served by a test on this port (HostExampleWebIT): on loopback, since
     * Chromium lets no page from elsewhere reach a service on this machine.
     */
    static final int HOST_PORT = freePort();
    static final String HOST_ORIGIN = "http://localhost:" + HOST_PORT;

    private static OutreachServer server;
    private static Playwright playwright;
    private static Browser browser;

    private Stage() {
    }

    static synchronized OutreachServer server() {
        if (server == null) {
            Directories.deleteRecursively(Path.of("target", "it", "webapp", "data"));
            // as a newcomer starts it, plus one host page's origin that may embed components (HostExampleWebIT)
            server = OutreachServer.start("webapp", Map.of("OUTREACH_EMBED_ALLOWED_ORIGINS", HOST_ORIGIN));
        }
        return server;
    }

    static synchronized Browser browser() {
        if (browser == null) {
            boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            // the date and time fields take their format from the browser's own language, not the page's or the
            // context's locale: a Norwegian phone shows 14.12.2026, so the screenshots should too
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of("--lang=nb-NO"))
                    .setEnv(Map.of("LANGUAGE", "nb", "LANG", "nb_NO.UTF-8"));
            browser = playwright.chromium().launch(system ? options.setExecutablePath(SYSTEM_CHROMIUM) : options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
        }
        return browser;
    }

    /** The API as a demo user, to set up and check what the browser did. */
    static Client api(String user) {
        return new Client(server().base(), token(user));
    }

    static String token(String user) {
        try {
            JsonObject tokens = Json.createReader(new StringReader(
                    Files.readString(server().workDir().resolve("data/dev-tokens.json")))).readObject();
            return tokens.getJsonObject(user).getString("token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
