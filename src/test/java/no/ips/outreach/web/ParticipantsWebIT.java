package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import no.ips.outreach.system.TestData;
import org.junit.jupiter.api.Test;

/** My participants: the caseload with the 30-day deadline, preferences with the occupation picker, matches and decisions. */
class ParticipantsWebIT extends BrowserTest {

    @Test
    void theCaseloadShowsStatusDaysSinceEnrolmentAndTheFirstContactDeadline() {
        long fresh = enrol("Ny Deltaker", "ND", TestData.today().minusDays(10));
        signIn("Kari Nordmo");
        link("Deltakere").click();
        Locator entry = page.getByTestId("participant").filter(new Locator.FilterOptions().setHasText("ND"));
        showsText(entry, "10 dager siden oppstart");
        showsText(entry, "20 dager igjen");
        showsText(page.locator("participants-screen"), "Første arbeidsgiverkontakt");
        screen("participants");
        assertThat(fresh).isPositive();
    }

    @Test
    void matchesExplainTheirScoreAndADecisionIsRecorded() {
        signIn("Kari Nordmo");
        go("#/participants/1");
        Locator match = page.getByTestId("match").first();
        match.waitFor();
        int score = Integer.parseInt(match.locator(".score").textContent().trim());
        int sum = match.locator("match-bars dd").allTextContents().stream()
                .mapToInt(text -> Integer.parseInt(text.trim().split(" ")[0])).sum();
        assertThat(sum).as("the bars add up to the score").isEqualTo(score);
        screen("participant");

        match.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Foreslå for deltakeren")).click();
        showsText(page.locator("participant-card"), "er foreslått");
        page.getByTestId("match").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Interessert")).click();
        showsText(page.locator("participant-card"), "Registrert: Interessert");
        JsonObject decision = api("kari").get("/api/v1/matches?participantId=1").json().getJsonArray("items").getJsonObject(0);
        assertThat(decision.getString("stage")).isEqualTo("INTERESTED");
    }

    @Test
    void preferencesAreEditedWithTheOccupationPickerAndAColleaguesChangeIsShownBeforeSaving() {
        long id = enrol("Ønsker Endring", "ØE", TestData.today().minusDays(3));
        signIn("Kari Nordmo");
        go("#/participants/" + id);
        button("Endre jobbønsker").click();
        field("Finn yrke").fill("cook");
        // the title is in the language the service answers kari in, which another test may have changed: pick by code
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("\\(5120\\)$"))).click();
        field("Minst timer per uke").fill("10");
        field("Maks timer per uke").fill("25");
        page.getByLabel("Kveld").check();
        screen("preferences");
        button("Lagre jobbønsker").click();
        showsText(page.locator("participant-card"), "Jobbønskene er lagret.");
        JsonObject prefs = api("kari").get("/api/v1/participants/" + id).json().getJsonObject("preferences");
        assertThat(prefs.getJsonArray("occupations").getString(0)).isEqualTo("5120");
        assertThat(prefs.getJsonArray("shifts").getString(0)).isEqualTo("EVENING");

        button("Endre jobbønsker").click();
        var current = api("kari").get("/api/v1/participants/" + id);
        api("kari").put("/api/v1/participants/" + id + "/preferences", Json.createObjectBuilder()
                .add("occupations", Json.createArrayBuilder().add("5120")).add("hoursMin", 20).add("hoursMax", 30).build(),
                current.header("ETag")).expect(200);
        field("Maks timer per uke").fill("35");
        button("Lagre jobbønsker").click();
        Locator stale = page.getByTestId("stale");
        showsText(stale, "Minst timer per uke: 10 → 20");
        screen("preferences-stale");
        stale.getByRole(AriaRole.BUTTON).click();
        hasValue(field("Minst timer per uke"), "20");
        assertThat(api("kari").get("/api/v1/participants/" + id).json().getJsonObject("preferences").getJsonNumber("hoursMax")
                .doubleValue()).as("nothing was overwritten").isEqualTo(30.0);
    }

    private long enrol(String reference, String alias, LocalDate enrolledOn) {
        return api("kari").post("/api/v1/participants", Json.createObjectBuilder().add("externalRef", reference + System.nanoTime())
                .add("alias", alias).add("program", "IPS").add("enrolledOn", enrolledOn.toString())
                .add("status", "JOB_SEARCH").add("disclosure", "NONE").build()).expect(201).id();
    }
}
