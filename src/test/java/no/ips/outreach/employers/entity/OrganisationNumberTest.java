package no.ips.outreach.employers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @Test
    void acceptsARealNorwegianOrganisasjonsnummer() {
        assertThat(OrganisationNumber.problem(Country.NO, "923609016")).isEmpty();
    }

    @Test
    void explainsAWrongNorwegianCheckDigit() {
        assertThat(OrganisationNumber.problem(Country.NO, "923609017")).hasValueSatisfying(message ->
                assertThat(message).contains("check digit").contains("must be 6"));
    }
}
