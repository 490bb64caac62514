package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.ips.outreach.platform.dev.DevMode;
import no.ips.outreach.platform.dev.DevSigningKey;
import no.ips.outreach.platform.dev.DevTokens;
import org.junit.jupiter.api.Test;

/** A token that expires mid-form: the specialist signs in again, and what they typed is saved, once. */
class SessionIT extends BrowserTest {

    @Test
    void anExpiredTokenMidFormSignsInAgainWithoutLosingTheForm() {
        long employer = newEmployer("Utløpt Elektro");
        signIn("Kari Nordmo");
        link("Logg besøk").click();
        pickEmployer("Utløpt Elektro", "Utløpt Elektro");
        happenedDaysAgo(14);
        field("Resultat").fill("Skrevet før tokenet gikk ut");

        String expired = DevTokens.sign(DevSigningKey.loadOrCreate(Stage.server().workDir().resolve("data")), "kari",
                "Kari Nordmo", "specialist", Instant.now().minus(31, ChronoUnit.DAYS));
        page.evaluate("t => localStorage.setItem('outreach.token', t)", expired);
        button("Lagre besøket").click();

        shows(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG));
        showsText(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG), "Det du har skrevet, er tatt vare på.");
        screen("sign-in-again");
        page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG)
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Logg inn som Kari Nordmo")).click();

        showsText(page.getByTestId("visit-result"), "Besøket hos Utløpt Elektro er lagret.");
        assertThat(visitsAt(employer)).hasSize(1);
        assertThat(visitsAt(employer).get(0).getString("outcome")).isEqualTo("Skrevet før tokenet gikk ut");
        assertThat(page.evaluate("localStorage.getItem('outreach.token')")).isNotEqualTo(expired);
    }

    @Test
    void theSignInPageListsTheDemoUsersOnlyInDevMode() {
        page.navigate("/");
        shows(button("Logg inn som Liv Solheim"));
        screen("sign-in");
        assertThat(DevMode.ISSUER).isEqualTo("outreach-dev");
    }
}
