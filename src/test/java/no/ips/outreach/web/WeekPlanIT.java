package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import no.ips.outreach.system.TestData;
import org.junit.jupiter.api.Test;

/** My week: the plan in time order with its route, one tap to plan a suggestion, moving, cancelling and the calendar. */
class WeekPlanIT extends BrowserTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void theDemoWeekShowsKarisPlanInTimeOrderWithTheRouteAndAColleagueOnTheSameEmployer() {
        signIn("Kari Nordmo");
        openWeek(isoWeek(nextWorkingDay()));
        Locator visits = page.getByTestId("planned-visit");
        visits.first().waitFor();
        assertThat(visits.count()).isGreaterThanOrEqualTo(3);
        List<String> times = visits.locator(".time").allTextContents();
        assertThat(times).as("a day's visits in time order").isSorted();
        showsText(page.locator("week-screen"), "Ola Hansen planlegger også hit");
        shows(page.getByRole(AriaRole.LIST, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Rekkefølge")).first());
        showsText(page.locator("week-screen"), "Rute: ca.");
        showsText(page.getByTestId("progress"), "ansikt-til-ansikt denne uken");
        screen("week");
    }

    @Test
    void oneTapPlansASuggestionWithEmployerParticipantsAndPurposePrefilled() {
        String week = isoWeek(nextWorkingDay().plusWeeks(1));
        signIn("Kari Nordmo");
        openWeek(week);
        Locator suggestion = page.getByTestId("suggestion").first();
        String employer = suggestion.getByRole(AriaRole.HEADING).textContent().trim();
        suggestion.getByRole(AriaRole.BUTTON).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        showsText(dialog, employer);
        screen("plan-suggestion");
        dialog.getByLabel("Klokkeslett").fill("14:40");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Planlegg")).click();
        showsText(page.locator("week-screen"), "Planlagt: " + employer);

        JsonObject planned = plannedIn(week).stream().filter(v -> v.getString("employerName").equals(employer)).findFirst().orElseThrow();
        assertThat(planned.getString("startsAt")).startsWith("14:40");
        assertThat(planned.getString("day")).isEqualTo(mondayOf(week).toString());
        assertThat(planned.getString("state")).isEqualTo("PLANNED");
        assertThat(planned.containsKey("reason")).as("the suggestion's reason travels with the plan").isTrue();
    }

    @Test
    void aPlannedVisitIsMovedAndAColleaguesChangeIsShownBeforeAnythingIsOverwritten() {
        LocalDate day = nextWorkingDay().plusWeeks(2);
        long employer = newEmployer("Flytte Mat AS");
        JsonObject planned = plan(employer, day, "13:00");
        long id = planned.getJsonNumber("id").longValue();
        signIn("Kari Nordmo");
        openWeek(isoWeek(day));
        Locator card = page.getByTestId("planned-visit").filter(new Locator.FilterOptions().setHasText("Flytte Mat AS"));
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Flytt")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Klokkeslett").fill("13:30");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lagre")).click();
        showsText(card, "13:30");
        assertThat(api("kari").get("/api/v1/planned-visits/" + id).json().getString("startsAt")).startsWith("13:30");

        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Flytt")).click();
        JsonObject current = api("kari").get("/api/v1/planned-visits/" + id).json();
        api("kari").put("/api/v1/planned-visits/" + id, Json.createObjectBuilder().add("employerId", employer)
                .add("day", day.toString()).add("startsAt", "15:00").add("durationMinutes", 45)
                .add("purpose", "GENERAL_JOB_DEVELOPMENT").build(), "\"" + current.getInt("version") + "\"").expect(200);
        dialog.getByLabel("Klokkeslett").fill("16:00");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lagre")).click();
        Locator stale = dialog.getByTestId("stale");
        showsText(stale, "Klokkeslett: 13:30 → 15:00");
        screen("plan-stale");
        stale.getByRole(AriaRole.BUTTON).click();
        hasValue(dialog.getByLabel("Klokkeslett"), "15:00");
        assertThat(api("kari").get("/api/v1/planned-visits/" + id).json().getString("startsAt"))
                .as("the colleague's change was not overwritten").startsWith("15:00");
    }

    @Test
    void aPlannedVisitIsCancelledAndTheWeekDownloadsAsACalendarFile() throws Exception {
        LocalDate day = nextWorkingDay().plusWeeks(3);
        long employer = newEmployer("Kanselleres Verksted");
        long id = plan(employer, day, "10:00").getJsonNumber("id").longValue();
        signIn("Kari Nordmo");
        openWeek(isoWeek(day));
        Locator card = page.getByTestId("planned-visit").filter(new Locator.FilterOptions().setHasText("Kanselleres Verksted"));
        page.onceDialog(confirm -> confirm.accept());
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avlys")).click();
        showsText(card.locator(".badge"), "Avlyst");
        assertThat(api("kari").get("/api/v1/planned-visits/" + id).json().getString("state")).isEqualTo("CANCELLED");

        Download download = page.waitForDownload(() -> button("Last ned uken som kalenderfil (.ics)").click());
        assertThat(download.suggestedFilename()).endsWith(".ics");
        assertThat(Files.readString(download.path())).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void aVisitMadeWithoutAPlanShowsOnItsDayAndIsVoidedWithAReason() {
        LocalDate yesterday = LocalDate.now(OSLO).minusDays(1);
        long employer = newEmployer("Ugyldig Kafé AS");
        long visit = api("kari").post("/api/v1/visits", TestData.visit(employer, yesterday.atTime(5, 10).atZone(OSLO)
                .toOffsetDateTime()).add("meetingMinutes", 20).add("travelMinutes", 0).build()).expect(201).id();
        signIn("Kari Nordmo");
        openWeek(isoWeek(yesterday));
        Locator card = page.getByTestId("made-visit").filter(new Locator.FilterOptions().setHasText("Ugyldig Kafé AS"));
        showsText(card, "05:10");
        showsText(card.locator(".badge"), "Logget");
        showsText(card, "uten plan");

        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ugyldiggjør").setExact(true)).click();
        card.getByLabel("Hvorfor er besøket ugyldig?").fill("Feil arbeidsgiver");
        screen("week-void");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ugyldiggjør besøket")).click();

        showsText(page.locator("week-screen"), "Besøket hos Ugyldig Kafé AS er ugyldiggjort");
        JsonObject voided = api("kari").get("/api/v1/visits/" + visit).expect(200).json();
        assertThat(voided.getJsonObject("voided").getString("reason")).isEqualTo("Feil arbeidsgiver");
        assertThat(voided.getJsonObject("voided").getString("by")).isEqualTo("kari");
        PlaywrightAssertions.assertThat(page.getByTestId("made-visit")
                .filter(new Locator.FilterOptions().setHasText("Ugyldig Kafé AS"))).hasCount(0);
    }

    /** Opens a week and waits until it shows, so that nothing of the week shown before is counted. */
    void openWeek(String week) {
        go("#/week/" + week);
        showsText(page.locator("week-screen h1"), "Uke " + week.substring(week.indexOf('W') + 1));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    static LocalDate nextWorkingDay() {
        LocalDate day = LocalDate.now(OSLO).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static LocalDate mondayOf(String week) {
        String[] parts = week.split("-W");
        return LocalDate.of(Integer.parseInt(parts[0]), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(parts[1]))
                .with(DayOfWeek.MONDAY);
    }

    JsonObject plan(long employer, LocalDate day, String time) {
        return api("kari").post("/api/v1/planner/kari/visits", Json.createObjectBuilder().add("employerId", employer)
                .add("day", day.toString()).add("startsAt", time).add("durationMinutes", 45)
                .add("purpose", "GENERAL_JOB_DEVELOPMENT").build()).expect(201).json();
    }

    List<JsonObject> plannedIn(String week) {
        return api("kari").get("/api/v1/planner/kari/weeks/" + week).expect(200).json().getJsonArray("days")
                .getValuesAs(JsonObject.class).stream()
                .flatMap(day -> day.getJsonArray("visits").getValuesAs(JsonObject.class).stream()).toList();
    }
}
