package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ips.outreach.system.TestData;
import org.junit.jupiter.api.Test;

/** Dev mode's example host page: a host's own page that passes its user's token to Outreach's employer card. */
class HostExampleWebIT extends BrowserTest {

    @Test
    void theHostPageShowsTheEmployerCardForAnOrganisationNumberWithTheTokenItPassed() {
        var employer = api("kari").post("/api/v1/employers", TestData.employer("Vertssystemet Kantine").build()).expect(201).json();
        String orgNumber = employer.getString("orgNumber");

        page.navigate("/dev/host-example?org=" + orgNumber);

        showsText(page.locator("outreach-employer employer-card"), "Vertssystemet Kantine");
        screen("host-example");
        assertThat(page.evaluate("localStorage.getItem('outreach.token')")).as("the host's token is not stored").isNull();
    }

    @Test
    void aHostPageOnAnotherOriginLoadsTheCardFromTheServiceAndCallsTheApiWithItsToken() throws Exception {
        var employer = api("kari").post("/api/v1/employers", TestData.employer("Fagsystemets Kafé").build()).expect(201).json();
        String base = Stage.server().base().toString().replaceAll("/$", "");
        String html = "<!doctype html><html lang=\"nb\"><head><title>Fagsystem</title>"
                + "<script type=\"importmap\">" + importMapOf(base) + "</script>"
                + "<script type=\"module\">import '" + base + "/app/components/outreach-employer.js';"
                + "const card = document.querySelector('outreach-employer'); card.orgNumber = '" + employer.getString("orgNumber")
                + "'; card.token = '" + Stage.token("kari") + "';</script></head>"
                + "<body><main><h1>Fagsystem</h1><outreach-employer></outreach-employer></main></body></html>";
        HttpServer host = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Stage.HOST_PORT), 0);
        host.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        host.start();
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(message -> console.add(message.text()));
        try {
            page.navigate(Stage.HOST_ORIGIN + "/case/4711");

            showsText(page.locator("outreach-employer employer-card"), "Fagsystemets Kafé");
            assertThat(page.evaluate("location.origin")).isEqualTo(Stage.HOST_ORIGIN);
        } finally {
            console.forEach(line -> System.out.println("host page console: " + line));
            host.stop(0);
        }
    }

    /** The app's own import map, pointing at the service's WebJars from the host's page. */
    private static String importMapOf(String base) throws Exception {
        String app = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher map = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(app);
        assertThat(map.find()).isTrue();
        return map.group(1).replace("\"/webjars/", "\"" + base + "/webjars/");
    }
}
