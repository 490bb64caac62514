package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rural Norway has gaps in coverage: a visit logged without a network waits on the phone, survives a reload, and is
 * sent exactly once when the network is back; one the server refuses stays with the server's reason.
 */
class OfflineIT extends BrowserTest {

    @Test
    void aVisitLoggedOfflineIsSentExactlyOnceWhenTheNetworkIsBack() {
        long employer = newEmployer("Fjellstua Kro");
        signIn("Kari Nordmo");
        page.waitForFunction("navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller || true)");
        page.evaluate("navigator.serviceWorker.ready");
        link("Logg besøk").click();
        pickEmployer("Fjellstua", "Fjellstua Kro");
        happenedDaysAgo(11);

        context.setOffline(true);
        field("Resultat").fill("Logget uten dekning");
        button("Lagre besøket").click();
        showsText(page.getByTestId("visit-result"), "Ingen nettforbindelse");
        showsText(page.getByTestId("outbox-count"), "1 besøk ikke sendt ennå");
        screen("outbox-waiting");

        page.reload();
        showsText(page.getByTestId("outbox-count"), "1 besøk ikke sendt ennå");
        assertThat(visitsAt(employer)).as("nothing reached the server while offline").isEmpty();

        context.setOffline(false);
        page.evaluate("window.dispatchEvent(new Event('online'))");
        page.getByTestId("outbox-count").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(visitsAt(employer)).hasSize(1);
        assertThat(visitsAt(employer).get(0).getString("outcome")).isEqualTo("Logget uten dekning");

        page.evaluate("async () => (await import('/app/core/outbox.js')).outbox.flush()");
        assertThat(visitsAt(employer)).as("a second flush sends nothing again").hasSize(1);
    }

    @Test
    void aVisitWaitingOnASharedPhoneIsSentOnlyInTheNameOfWhoLoggedIt() {
        long employer = newEmployer("Delt Telefon AS");
        signIn("Kari Nordmo");
        page.evaluate("navigator.serviceWorker.ready");
        link("Logg besøk").click();
        pickEmployer("Delt Telefon", "Delt Telefon AS");
        happenedDaysAgo(12);
        context.setOffline(true);
        button("Lagre besøket").click();
        showsText(page.getByTestId("outbox-count"), "1 besøk ikke sendt ennå");
        button("Logg ut").click();

        showsText(page.locator("sign-in-page"), "Ingen nettforbindelse");
        context.setOffline(false);
        page.evaluate("window.dispatchEvent(new Event('online'))");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Logg inn som Ola Hansen")).click();
        link("Min uke").waitFor();
        page.evaluate("async () => (await import('/app/core/outbox.js')).outbox.flush()");
        assertThat(page.getByTestId("outbox-count").count()).as("ola does not see kari's visit").isZero();
        assertThat(visitsAt(employer)).as("nothing is sent in ola's name").isEmpty();

        button("Logg ut").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Logg inn som Kari Nordmo")).click();
        link("Min uke").waitFor();
        page.evaluate("async () => (await import('/app/core/outbox.js')).outbox.flush()");
        assertThat(visitsAt(employer)).hasSize(1);
        assertThat(visitsAt(employer).get(0).getString("specialist")).isEqualTo("kari");
    }

    @Test
    void aSendTheServerRefusesStaysInTheQueueWithItsReasonUntilFixedAndSent() {
        long employer = newEmployer("Stengt Sag");
        signIn("Kari Nordmo");
        page.evaluate("navigator.serviceWorker.ready");
        link("Logg besøk").click();
        pickEmployer("Stengt Sag", "Stengt Sag");
        happenedDaysAgo(13);
        context.setOffline(true);
        button("Lagre besøket").click();
        showsText(page.getByTestId("outbox-count"), "1 besøk ikke sendt ennå");

        api("kari").post("/api/v1/employers/" + employer + "/archive", jakarta.json.Json.createObjectBuilder().build()).expect(200);
        context.setOffline(false);
        page.evaluate("async () => (await import('/app/core/outbox.js')).outbox.flush()");
        page.getByTestId("outbox-count").click();
        showsText(page.locator("outbox-screen"), "Tjenesten tok ikke imot dette besøket");
        showsText(page.locator("outbox-screen"), "Stengt Sag er arkivert");
        screen("outbox-refused");
        assertThat(visitsAt(employer)).isEmpty();

        api("kari").post("/api/v1/employers/" + employer + "/restore", jakarta.json.Json.createObjectBuilder().build()).expect(200);
        link("Rett og send").click();
        field("Resultat").fill("Sendt etter at arbeidsgiveren ble gjenåpnet");
        button("Lagre besøket").click();
        showsText(page.getByTestId("visit-result"), "Besøket hos Stengt Sag er lagret.");
        assertThat(page.getByTestId("outbox-count").count()).isZero();
        assertThat(visitsAt(employer)).hasSize(1);
        assertThat(visitsAt(employer).get(0).getString("outcome")).isEqualTo("Sendt etter at arbeidsgiveren ble gjenåpnet");
    }
}
