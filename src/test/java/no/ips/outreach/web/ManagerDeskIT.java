package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import no.ips.outreach.system.TestData;
import org.junit.jupiter.api.Test;

/**
 * The manager's desk at a desk (1280 x 800) and on a tablet (820 x 1180): the Friday routine from reading the team
 * to signing off with a comment and seeing a later change flagged, the fidelity view with its worksheet, the
 * administrator's view across teams, and what a specialist sees of the manager's pages.
 */
class ManagerDeskIT extends BrowserTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final LocalDate lastMonday = LocalDate.now(OSLO).with(DayOfWeek.MONDAY).minusWeeks(1);
    private final String lastWeek = isoWeek(lastMonday);

    @Test
    void theFridayRoutineReadsTheTeamOpensTheVisitsBehindAFigureSignsOffWithACommentAndFlagsALaterChange() {
        page.setViewportSize(1280, 800);
        signInAs("Liv Solheim", "Teamets uke");
        long team = teamId();
        JsonObject desk = api("liv").get("/api/v1/supervision/teams/" + team + "/weeks/" + lastWeek).expect(200).json();
        long behind = desk.getJsonArray("specialists").getValuesAs(JsonObject.class).stream()
                .filter(line -> !line.getJsonArray("behind").isEmpty()).count();
        go("#/desk/" + team + "/" + lastWeek);

        showsText(page.getByTestId("summary"), behind + " av 3 ligger bak denne uken");
        Locator kari = page.locator("tr[data-specialist='kari']");
        String status = lastWeekOf(desk, "kari").getJsonObject("review").getString("status");
        showsText(kari, switch (status) {
            case "SIGNED_OFF" -> "Godkjent";
            case "CHANGED_AFTER_REVIEW" -> "Endret etter godkjenning";
            default -> "Ikke godkjent";
        });
        shows(page.locator("trend-chart canvas").first());
        screen("desk-team-week");

        int faceToFace = lastWeekOf(desk, "kari").getInt("faceToFace");
        kari.getByTestId("face-to-face").click();
        Locator visits = page.getByRole(AriaRole.DIALOG);
        showsText(visits.getByTestId("visit-totals"), faceToFace + " ansikt til ansikt");
        assertThat(visits.locator("tr[data-visit]").count()).isGreaterThanOrEqualTo(faceToFace);
        screen("desk-visits-behind-a-figure");
        visits.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lukk")).click();

        button("Godkjenn uke " + lastWeek.split("-W")[1] + " for Kari Nordmo").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Veiledningsnotat (valgfritt)").fill("Gjennomgått på veiledning fredag");
        screen("desk-sign-off");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkjenn").setExact(true)).click();
        showsText(page.locator("desk-screen"), "1 uke er godkjent.");
        showsText(kari, "Godkjent");
        showsText(kari, "Gjennomgått på veiledning fredag");
        JsonObject review = api("liv").get("/api/v1/audit/specialists/kari/weeks/" + lastWeek + "/review").expect(200).json();
        assertThat(review.getString("note")).isEqualTo("Gjennomgått på veiledning fredag");

        // kari logs a visit she forgot, on the Sunday before dawn so that it collides with no other test's visit
        long employer = api("kari").post("/api/v1/employers", TestData.employer("Glemt besøk " + System.nanoTime()).build())
                .expect(201).id();
        api("kari").post("/api/v1/visits", TestData.visit(employer, ZonedDateTime.of(lastMonday.plusDays(6),
                LocalTime.of(4, 30), OSLO).toOffsetDateTime()).add("mode", "IN_PERSON").add("meetingMinutes", 20)
                .add("travelMinutes", 5).build()).expect(201);
        page.reload();
        showsText(kari, "Endret etter godkjenning");
        showsText(kari, "Endret av kari etter godkjenning: " + faceToFace + " ansikt til ansikt da, " + (faceToFace + 1) + " nå");
        shows(kari.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkjenn uke "
                + lastWeek.split("-W")[1] + " for Kari Nordmo")));
        screen("desk-changed-after-sign-off");
    }

    @Test
    void everyReadyWeekIsSignedOffAtOnceOnATablet() {
        page.setViewportSize(820, 1180);
        signInAs("Liv Solheim", "Teamets uke");
        long team = teamId();
        go("#/desk/" + team + "/" + lastWeek);
        Locator all = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Godkjenn (alle \\d+ klare uker|1 klar uke)$")));
        all.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        int weeks = dialog.getByLabel("Veiledningsnotat (valgfritt)").count();
        assertThat(weeks).isGreaterThanOrEqualTo(1);
        screen("desk-sign-off-all-tablet");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkjenn").setExact(true)).click();
        showsText(page.locator("desk-screen"), weeks == 1 ? "1 uke er godkjent." : weeks + " uker er godkjent.");

        JsonObject desk = api("liv").get("/api/v1/supervision/teams/" + team + "/weeks/" + lastWeek).expect(200).json();
        for (JsonObject line : desk.getJsonArray("specialists").getValuesAs(JsonObject.class)) {
            assertThat(lastWeekOf(desk, line.getString("username")).getJsonObject("review").getString("status"))
                    .as(line.getString("username") + " " + lastWeek).isEqualTo("SIGNED_OFF");
        }
        screen("desk-tablet");
    }

    @Test
    void theFidelityViewShowsEachEmployerItemWithItsInputsAndOpensThePrintableWorksheet() {
        page.setViewportSize(820, 1180);
        signInAs("Liv Solheim", "Teamets uke");
        link("Fidelitet").click();
        Locator scorecard = page.getByTestId("scorecard");
        showsText(scorecard, "Jobbutvikling – hyppig arbeidsgiverkontakt");
        assertThat(scorecard.locator("tbody tr").count()).isEqualTo(9);
        showsText(scorecard.locator("tr[data-item='FREQUENT_EMPLOYER_CONTACT']"), "Kontakter ansikt til ansikt");
        screen("fidelity-view");

        Page worksheet = page.waitForPopup(() -> button("Åpne fidelitetsark for utskrift").click());
        worksheet.waitForLoadState();
        showsText(worksheet.locator("body"), "NAV Bodø");
        worksheet.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("fidelity-worksheet.png")).setFullPage(true));
        worksheet.close();
    }

    @Test
    void anAdministratorComparesEveryTeamAndFiltersByRegion() {
        page.setViewportSize(1280, 800);
        String code = "nav-oslo-" + System.nanoTime() % 100000;
        api("admin").post("/api/v1/teams", Json.createObjectBuilder().add("code", code).add("name", "NAV Oslo test " + code)
                .add("kind", "NAV_OFFICE").add("municipalityCode", "0301").build()).expect(201);
        signInAs("Outreach Admin", "Alle team");
        Locator teams = page.getByTestId("teams");
        showsText(teams, "NAV Bodø");
        showsText(teams, "NAV Oslo test " + code);
        screen("national-teams");

        field("Region").selectOption("NO-03");
        showsText(teams, "NAV Oslo test " + code);
        hasCount(teams.locator("tr[data-team='nav-bodo']"), 0);
        field("Region").selectOption("NO-18");
        showsText(teams, "NAV Bodø");
        hasCount(teams.locator("tr[data-team='" + code + "']"), 0);
    }

    @Test
    void aSpecialistWhoOpensTheManagersPagesSeesOnlyTheirOwnFigures() {
        page.setViewportSize(1280, 800);
        signIn("Ola Hansen");
        assertThat(link("Fidelitet").count()).isZero();
        link("Mine tall").click();
        Locator desk = page.getByTestId("desk");
        showsText(desk, "Ola Hansen");
        assertThat(desk.locator("tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("desk-screen").textContent()).doesNotContain("Kari Nordmo");
        assertThat(button("Godkjenn").count()).isZero();
        screen("desk-as-specialist");
    }

    @Test
    void caseloadsShowEachSpecialistAgainstTheScaleAndHandAParticipantOverInTwoClicks() {
        page.setViewportSize(1280, 800);
        long id = api("kari").post("/api/v1/participants", Json.createObjectBuilder().add("alias", "Overført " + System.nanoTime() % 10000)
                .add("program", "IPS").add("enrolledOn", LocalDate.now(OSLO).toString()).add("status", "ENGAGEMENT")
                .add("disclosure", "NONE").build()).expect(201).id();
        String alias = api("kari").get("/api/v1/participants/" + id).expect(200).json().getString("alias");
        signInAs("Liv Solheim", "Teamets uke");
        link("Saksmengde").click();
        Locator kari = page.locator("section[data-specialist='kari']");
        showsText(kari, alias);
        showsText(kari, "av maks 20");
        screen("caseloads");

        button("Overfør " + alias + " til en kollega").click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ingrid Berg")).click();
        showsText(page.locator("caseloads-screen"), alias + " er overført til Ingrid Berg.");
        showsText(page.locator("section[data-specialist='ingrid']"), alias);
        assertThat(api("liv").get("/api/v1/participants/" + id).expect(200).json().getString("specialist")).isEqualTo("ingrid");
    }

    @Test
    void eachManagersScreenLoadsWithAtMostThreeApiCalls() {
        page.setViewportSize(1280, 800);
        signInAs("Liv Solheim", "Teamets uke");
        long team = teamId();
        for (String screen : List.of("#/desk/" + team + "/" + lastWeek, "#/fidelity/" + team, "#/caseloads/" + team)) {
            assertThat(apiCallsLoading(screen)).as(screen).hasSizeLessThanOrEqualTo(3);
        }
        page.navigate("/");
        button("Logg ut").click();
        signInAs("Outreach Admin", "Alle team");
        assertThat(apiCallsLoading("#/national")).as("#/national").hasSizeLessThanOrEqualTo(3);
        assertThat(apiCallsLoading("#/desk/" + team + "/" + lastWeek)).as("the desk for an administrator")
                .hasSizeLessThanOrEqualTo(3);
    }

    /** The API requests a fresh load of the screen makes, as a user opening a bookmark would. */
    private List<String> apiCallsLoading(String hash) {
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Consumer<com.microsoft.playwright.Request> count = request -> {
            if (request.url().contains("/api/")) {
                calls.add(request.method() + " " + request.url());
            }
        };
        page.onRequest(count);
        page.navigate("/" + hash);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.offRequest(count);
        return calls;
    }

    private static void hasCount(Locator locator, int count) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(locator).hasCount(count);
    }

    private void signInAs(String displayName, String landing) {
        page.navigate("/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn som " + displayName)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(landing)).waitFor();
    }

    private long teamId() {
        return api("liv").get("/api/v1/me").expect(200).json().getJsonArray("managedTeams").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private JsonObject lastWeekOf(JsonObject desk, String username) {
        JsonObject line = desk.getJsonArray("specialists").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("username").equals(username)).findFirst().orElseThrow();
        List<JsonObject> weeks = line.getJsonArray("weeks").getValuesAs(JsonObject.class);
        return weeks.get(weeks.size() - 1);
    }

    private static String isoWeek(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
