package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jakarta.json.JsonObject;
import no.ips.outreach.system.TestData;
import no.ips.outreach.system.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A specialist's phone: a fresh browser profile at 360 x 740 in Norwegian, signed in through the dev sign-in page.
 * Every screen a test visits is photographed under target/screenshots and checked with axe-core; a script error
 * on the page fails the test.
 */
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    protected BrowserContext context;
    protected Page page;
    private final List<String> scriptErrors = new ArrayList<>();

    private String testName;

    @BeforeEach
    void openPhone(TestInfo test) {
        testName = getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
        context = Stage.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740).setLocale("nb-NO").setTimezoneId("Europe/Oslo").setBaseURL(baseUrl())
                .setServiceWorkers(ServiceWorkerPolicy.ALLOW).setAcceptDownloads(true));
        page = context.newPage();
        page.onPageError(error -> scriptErrors.add(error));
    }

    /** The service under test: dev mode's, unless a test signs in elsewhere. */
    protected String baseUrl() {
        return Stage.server().base().toString();
    }

    @AfterEach
    void closePhone() {
        // the last state of every test, so that a failure can be looked at
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("last").resolve(testName + ".png")).setFullPage(true));
        context.close();
        assertThat(scriptErrors).as("script errors on the page").isEmpty();
    }

    protected void signIn(String displayName) {
        page.navigate("/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn som " + displayName)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Min uke")).waitFor();
    }

    protected void go(String hash) {
        page.evaluate("h => { location.hash = h; }", hash);
    }

    protected Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** Photographs the screen as a reviewer would see it, and fails on any serious or critical axe-core finding. */
    protected void screen(String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as(name + " scrolls sideways on a phone").isEqualTo(true);
        List<Rule> blocking = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        assertThat(blocking).as("serious or critical accessibility violations on " + name + ": "
                + blocking.stream().map(rule -> rule.getId() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList()).toList()).isEmpty();
    }

    /** Waits until the element shows, as a person would look for it. */
    protected static void shows(Locator locator) {
        PlaywrightAssertions.assertThat(locator).isVisible();
    }

    protected static void hasValue(Locator locator, String value) {
        PlaywrightAssertions.assertThat(locator).hasValue(value);
    }

    protected static void showsText(Locator locator, String text) {
        PlaywrightAssertions.assertThat(locator).containsText(text);
    }

    protected Client api(String user) {
        return Stage.api(user);
    }

    /** A new employer in Bodø, registered through the API, so that a test counts only its own visits. */
    protected long newEmployer(String name) {
        return api("kari").post("/api/v1/employers", TestData.employer(name).build()).expect(201).id();
    }

    protected List<JsonObject> visitsAt(long employerId) {
        return api("kari").get("/api/v1/employers/" + employerId + "/visits").expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /**
     * Sets when the visit in the form happened: early on a day of its own, so that tests never log two of kari's
     * in-person visits at the same time (the visit log refuses that, as nobody is in two places at once).
     */
    protected void happenedDaysAgo(int days) {
        field("Dato").fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).minusDays(days).toString());
        field("Klokkeslett").fill("06:00");
    }

    /** Finds an employer in the visit form's picker by typing, and picks it. */
    protected void pickEmployer(String typed, String name) {
        field("Arbeidsgiver (navn eller organisasjonsnummer)").fill(typed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).first().click();
        showsText(page.locator("visit-form"), name);
    }
}
