package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

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
}
