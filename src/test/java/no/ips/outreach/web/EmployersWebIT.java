package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Geolocation;
import jakarta.json.Json;
import java.util.List;
import no.ips.outreach.system.TestData;
import org.junit.jupiter.api.Test;

/** Employers on the phone: search, near me, the employer card, and registering one with its number checked as typed. */
class EmployersWebIT extends BrowserTest {

    @Test
    void anEmployerIsFoundByItsOrganisationNumberAndItsCardShowsPeopleVisitsAndOpenings() {
        long employer = newEmployer("Kortet Kafé");
        api("kari").post("/api/v1/employers/" + employer + "/contacts", Json.createObjectBuilder().add("name", "Siri Dahl")
                .add("role", "Daglig leder").add("phone", "+4790000001").add("email", "siri@example.no").build()).expect(201);
        api("kari").post("/api/v1/visits", TestData.visit(employer, TestData.daysAgo(2)).add("outcome", "Vil ha hjelp i helgene")
                .build()).expect(201);
        String orgNumber = api("kari").get("/api/v1/employers/" + employer).json().getString("orgNumber");
        signIn("Kari Nordmo");
        link("Arbeidsgivere").click();
        screen("employers");
        field("Søk på navn eller organisasjonsnummer").fill(orgNumber.substring(0, 3) + " " + orgNumber.substring(3));
        button("Søk").click();
        Locator results = page.getByTestId("employer");
        showsText(results.first(), "Kortet Kafé");
        assertThat(results.count()).isEqualTo(1);

        results.first().getByRole(AriaRole.LINK).click();
        Locator card = page.locator("employer-card");
        showsText(card, "Siri Dahl");
        assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ring +4790000001")).getAttribute("href"))
                .isEqualTo("tel:+4790000001");
        assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Send e-post")).getAttribute("href"))
                .isEqualTo("mailto:siri@example.no");
        showsText(card, "Vil ha hjelp i helgene");
        showsText(card, "Sist møtt");
        showsText(card, "Ingen stillinger registrert.");
        screen("employer-card");
    }

    @Test
    void nearMeListsTheNearestEmployersFirstWhenTheBrowserSharesItsPosition() {
        context.grantPermissions(List.of("geolocation"));
        context.setGeolocation(new Geolocation(67.2804, 14.4049));
        signIn("Kari Nordmo");
        link("Arbeidsgivere").click();
        button("Nærmest meg").click();
        showsText(page.locator("employers-screen"), "Nærmeste først.");
        List<String> distances = page.getByTestId("employer").allTextContents();
        List<Double> km = distances.stream().map(text -> text.replaceAll("(?s).*?([0-9]+(,[0-9])?) km.*", "$1").replace(',', '.'))
                .map(Double::parseDouble).toList();
        assertThat(km).isNotEmpty().isSorted();
    }

    @Test
    void theOrganisationNumberIsCheckedAsTypedAndADuplicateNamesTheEmployerThatHasIt() {
        long existing = newEmployer("Duplikat Dekk AS");
        String taken = api("kari").get("/api/v1/employers/" + existing).json().getString("orgNumber");
        signIn("Kari Nordmo");
        go("#/employers/new");
        Locator number = field("Organisasjonsnummer");
        number.fill("923 609 017");
        showsText(page.locator("#org-status"), "Kontrollsifferet stemmer ikke");
        number.fill("923 609 016");
        showsText(page.locator("#org-status"), "Gyldig nummer.");
        screen("employer-new");

        number.fill(taken);
        field("Navn").fill("Dekk og Duplikat");
        field("Næringskode (NACE, f.eks. 56.101)").fill("45.200");
        button("Registrer").click();
        Locator duplicate = page.getByTestId("duplicate");
        showsText(duplicate, "Duplikat Dekk AS");
        duplicate.getByRole(AriaRole.LINK).click();
        assertThat(page.url()).endsWith("#/employers/" + existing);

        go("#/employers/new");
        String fresh = TestData.orgNumber();
        field("Organisasjonsnummer").fill(fresh);
        field("Navn").fill("Helt Ny Bedrift");
        field("Næringskode (NACE, f.eks. 56.101)").fill("47.111");
        button("Registrer").click();
        showsText(page.locator("employer-card"), "Helt Ny Bedrift");
        assertThat(api("kari").get("/api/v1/employers?q=" + fresh).json().getInt("total")).isEqualTo(1);
    }
}
