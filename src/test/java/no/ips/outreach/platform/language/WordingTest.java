package no.ips.outreach.platform.language;

import static org.assertj.core.api.Assertions.assertThat;

import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.OrganisationNumber;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void aStoredRefusalIsReadInTheReadersLanguageWithItsArgumentsAsWritten() {
        String stored = Wording.of("registers.refused.date", "livsforloeb", "2024-13-01").stored();

        assertThat(Speaking.in(Language.NB, () -> Wording.read(stored)))
                .isEqualTo("livsforloeb er ikke en dato (ÅÅÅÅ-MM-DD): 2024-13-01");
        assertThat(Speaking.in(Language.DA, () -> Wording.read(stored)))
                .isEqualTo("livsforloeb er ikke en dato (ÅÅÅÅ-MM-DD): 2024-13-01");
        assertThat(Speaking.in(Language.EN, () -> Wording.read(stored)))
                .isEqualTo("livsforloeb is not a date (YYYY-MM-DD): 2024-13-01");
    }

    @Test
    void numbersAreNotGroupedAndNothingIsLostOnTheWayThroughTheDatabaseForm() {
        String stored = Wording.of("org-number.no.check-digit", 4).stored();

        assertThat(Speaking.in(Language.EN, () -> Wording.read(stored))).endsWith("the last digit must be 4.");
        assertThat(Wording.of("registers.refused.p-number", 1020895337L).text(Language.EN))
                .isEqualTo("pNummer 1020895337 is not a 10-digit P-number.");
    }

    @Test
    void aReasonStoredAsTextBeforeWordingsIsShownAsItWasWritten() {
        assertThat(Wording.read("no navn")).isEqualTo("no navn");
        assertThat(Wording.read(null)).isNull();
    }

    @Test
    void anOrganisationNumbersProblemCanBeKeptAndReadLater() {
        Wording reason = OrganisationNumber.reason(Country.NO, "812885163").orElseThrow();

        assertThat(Speaking.in(Language.NB, () -> Wording.read(reason.stored())))
                .isEqualTo(Speaking.in(Language.NB, () -> OrganisationNumber.problem(Country.NO, "812885163").orElseThrow()));
        assertThat(OrganisationNumber.reason(Country.NO, "923609016")).isEmpty();
    }
}
