package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import no.ips.outreach.system.TestData;
import org.junit.jupiter.api.Test;

/** Logging a visit on the phone: an unplanned one with its defaults, and what consent allows to be said. */
class VisitLogIT extends BrowserTest {

    @Test
    void anUnplannedVisitIsLoggedAsJustEndedInPersonAnd45MinutesByDefault() {
        long employer = newEmployer("Nordlys Kafé");
        String orgNumber = api("kari").get("/api/v1/employers/" + employer).json().getString("orgNumber");
        signIn("Kari Nordmo");
        link("Logg besøk").click();
        screen("visit-new");

        pickEmployer(orgNumber.substring(0, 3) + " " + orgNumber.substring(3, 6) + " " + orgNumber.substring(6), "Nordlys Kafé");
        LocalTime started = LocalTime.parse(field("Klokkeslett").inputValue());
        LocalTime expected = LocalTime.now(WeekPlanIT.OSLO).minusMinutes(45);
        assertThat(Duration.between(started, expected).abs().toMinutes()).as("it just ended: started 45 minutes ago").isLessThanOrEqualTo(1);
        assertThat(field("Møtetid (min)").inputValue()).isEqualTo("45");
        assertThat(field("Kontaktform").inputValue()).isEqualTo("IN_PERSON");
        happenedDaysAgo(15);
        field("Resultat").fill("Trenger folk i helgene");
        field("Neste steg").fill("Ringe sjefen");
        button("Lagre besøket").click();

        showsText(page.getByTestId("visit-result"), "Besøket hos Nordlys Kafé er lagret.");
        List<JsonObject> visits = visitsAt(employer);
        assertThat(visits).hasSize(1);
        JsonObject visit = visits.get(0);
        assertThat(visit.getString("mode")).isEqualTo("IN_PERSON");
        assertThat(visit.getInt("meetingMinutes")).isEqualTo(45);
        assertThat(visit.getString("outcome")).isEqualTo("Trenger folk i helgene");
        assertThat(visit.getString("specialist")).isEqualTo("kari");
    }

    @Test
    void aParticipantIsOfferedNoMoreDisclosureThanTheyConsentedTo() {
        long general = enrol("HOST-G-" + System.nanoTime(), "GK", "GENERAL");
        long none = enrol("HOST-N-" + System.nanoTime(), "NK", "NONE");
        long employer = newEmployer("Samtykke Bakeri");
        signIn("Kari Nordmo");
        link("Logg besøk").click();
        pickEmployer("Samtykke Bakeri", "Samtykke Bakeri");
        happenedDaysAgo(16);
        field("Formål").selectOption("PARTICIPANT_JOB_DEVELOPMENT");

        page.getByTestId("participant-" + general).getByRole(com.microsoft.playwright.options.AriaRole.CHECKBOX).check();
        page.getByTestId("participant-" + none).getByRole(com.microsoft.playwright.options.AriaRole.CHECKBOX).check();
        assertThat(field("Hva ble sagt om GK").locator("option").allTextContents())
                .containsExactly("Ingenting om helse eller bakgrunn", "Generelt (at personen får oppfølging)");
        assertThat(field("Hva ble sagt om NK").locator("option").allTextContents())
                .containsExactly("Ingenting om helse eller bakgrunn");
        showsText(page.getByTestId("participant-" + general), "Samtykke: generelt");
        screen("visit-consent");

        field("Hva ble sagt om GK").selectOption("GENERAL");
        button("Lagre besøket").click();
        showsText(page.getByTestId("visit-result"), "lagret");
        JsonObject visit = visitsAt(employer).get(0);
        JsonObject full = api("kari").get("/api/v1/visits/" + visit.getJsonNumber("id").longValue()).expect(200).json();
        assertThat(full.getJsonArray("participants").getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("participantId").longValue() + ":" + p.getString("disclosure"))
                .containsExactlyInAnyOrder(general + ":GENERAL", none + ":NONE");
    }

    @Test
    void theFormRefusesAVisitInTheFutureNextToItsField() {
        newEmployer("Framtid Verksted");
        signIn("Kari Nordmo");
        link("Logg besøk").click();
        pickEmployer("Framtid Verksted", "Framtid Verksted");
        field("Dato").fill(TestData.today().plusDays(2).toString());
        button("Lagre besøket").click();
        showsText(page.locator("#error-startedAt"), "Besøket kan ikke være i framtiden.");
        assertThat(page.locator("#date").getAttribute("aria-describedby")).isEqualTo("error-startedAt");
    }

    @Test
    void doneOnAPlannedVisitLogsItInThreeTaps() {
        long employer = newEmployer("Ferdig Fisk AS");
        ZonedDateTime start = ZonedDateTime.now(WeekPlanIT.OSLO).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        long planned = api("kari").post("/api/v1/planner/kari/visits", Json.createObjectBuilder().add("employerId", employer)
                .add("day", start.toLocalDate().toString()).add("startsAt", start.toLocalTime().toString())
                .add("durationMinutes", 30).add("purpose", "GENERAL_JOB_DEVELOPMENT").build()).expect(201).id();
        signIn("Kari Nordmo");
        // a visit is logged once it has happened: wait for its planned start, then open the week
        while (ZonedDateTime.now(WeekPlanIT.OSLO).isBefore(start.plusSeconds(1))) {
            page.waitForTimeout(500);
        }
        go("#/week/" + WeekPlanIT.isoWeek(start.toLocalDate()));
        page.reload();
        showsText(page.locator("week-screen h1"), "Uke " + WeekPlanIT.isoWeek(start.toLocalDate()).substring(6));
        Locator card = page.getByTestId("planned-visit").filter(new Locator.FilterOptions().setHasText("Ferdig Fisk AS"));
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Utført")).click();
        showsText(page.locator("visit-form"), "Besøket hos Ferdig Fisk AS");
        screen("visit-done");
        field("Resultat").fill("Vil ha en deltaker på prøve");
        button("Lagre besøket").click();

        showsText(page.getByTestId("visit-result"), "Besøket hos Ferdig Fisk AS er lagret.");
        JsonObject plan = api("kari").get("/api/v1/planned-visits/" + planned).json();
        assertThat(plan.getString("state")).isEqualTo("DONE");
        JsonObject visit = api("kari").get("/api/v1/visits/" + plan.getJsonNumber("visitId").longValue()).json();
        assertThat(visit.getString("outcome")).isEqualTo("Vil ha en deltaker på prøve");
        assertThat(visit.getString("quality")).as("prefilled, confirmed by saving").isEqualTo("LEARNS_EMPLOYER_NEEDS");
        assertThat(visit.getString("mode")).isEqualTo("IN_PERSON");
    }

    private long enrol(String reference, String alias, String disclosure) {
        return api("kari").post("/api/v1/participants", Json.createObjectBuilder().add("externalRef", reference)
                .add("alias", alias).add("program", "IPS").add("enrolledOn", TestData.today().minusDays(10).toString())
                .add("status", "JOB_SEARCH").add("disclosure", disclosure).build()).expect(201).id();
    }
}
