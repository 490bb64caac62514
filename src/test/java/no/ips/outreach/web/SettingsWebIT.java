package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The calendar subscription in the settings: made, copied from the screen, fetched without a sign-in, stopped. */
class SettingsWebIT extends BrowserTest {

    @Test
    void aSpecialistMakesACalendarAddressThatWorksWithoutSigningInAndStopsIt() {
        signIn("Kari Nordmo");
        link("Innstillinger").click();
        button("Lag en kalenderadresse").click();

        Locator address = page.getByLabel("Kalenderadressen din");
        shows(address);
        String url = address.inputValue();
        assertThat(url).contains("/api/v1/calendar-feeds/");
        showsText(page.locator("settings-screen .status"), "Du har hatt et kalenderabonnement siden");
        screen("settings-calendar");
        APIResponse feed = context.request().get(url);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
        assertThat(feed.text()).contains("X-WR-CALNAME:Outreach: Kari Nordmo").contains("REFRESH-INTERVAL");

        button("Stopp abonnementet").click();

        showsText(page.locator("settings-screen [role=status]"), "Abonnementet er stoppet");
        assertThat(context.request().get(url).status()).isEqualTo(404);
    }
}
