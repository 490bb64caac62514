package no.ips.outreach.employers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * Worked examples, computed by hand:
 * NO 923609016: 9*3+2*2+3*7+6*6+0*5+9*4+0*3+1*2 = 126, 126 mod 11 = 5, check digit 11-5 = 6.
 * NO 90100000x: 9*3+0*2+1*7 = 34, 34 mod 11 = 1, so no check digit fits.
 * NO 93000000x: 9*3+3*2 = 33, 33 mod 11 = 0, so the check digit is 0.
 * DK 10150817: 1*2+0*7+1*6+5*5+0*4+8*3+1*2+7*1 = 66 = 6*11.
 */
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

    @Test
    void aNorwegianBaseWhoseRemainderIsZeroTakesCheckDigitZero() {
        assertThat(OrganisationNumber.problem(Country.NO, "930000000")).isEmpty();
        assertThat(OrganisationNumber.problem(Country.NO, "930000001")).hasValueSatisfying(message ->
                assertThat(message).contains("must be 0"));
    }

    @Test
    void aNorwegianBaseWithRemainderOneCanNeverBeValid() {
        for (char last = '0'; last <= '9'; last++) {
            assertThat(OrganisationNumber.problem(Country.NO, "90100000" + last)).hasValueSatisfying(message ->
                    assertThat(message).contains("no check digit fits"));
        }
        assertThat(OrganisationNumber.norwegianCheckDigit("90100000")).isEqualTo(-1);
    }

    @Test
    void theOfferedCheckDigitCompletesTheNumber() {
        assertThat(OrganisationNumber.norwegianCheckDigit("92360901")).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"92360901", "9236090160", "92360901A", "923-609-016"})
    void aNorwegianNumberMustBeExactlyNineDigits(String number) {
        assertThat(OrganisationNumber.problem(Country.NO, number)).hasValueSatisfying(message ->
                assertThat(message).contains("exactly 9 digits"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" 923609016", "923609016 ", "923 609 016", "923\u00a0609\u00a0016"})
    void aNumberTypedWithSpacesAsTheRegisterPrintsItIsReadWithoutThem(String number) {
        assertThat(OrganisationNumber.normalized(number)).isEqualTo("923609016");
        assertThat(OrganisationNumber.problem(Country.NO, OrganisationNumber.normalized(number))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" 923609016", "923 609 016"})
    void theCheckItselfTakesOnlyDigits(String number) {
        assertThat(OrganisationNumber.problem(Country.NO, number)).hasValueSatisfying(message ->
                assertThat(message).contains("exactly 9 digits"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankNumberIsReportedAsMissing(String number) {
        assertThat(OrganisationNumber.problem(Country.NO, number)).contains("An organisation number is required.");
        assertThat(OrganisationNumber.problem(Country.DK, null)).contains("An organisation number is required.");
    }

    @Test
    void withoutACountryTheNumberCannotBeChecked() {
        assertThat(OrganisationNumber.problem(null, "923609016")).hasValueSatisfying(message ->
                assertThat(message).contains("country"));
    }

    @Test
    void acceptsAValidDanishCvr() {
        assertThat(OrganisationNumber.problem(Country.DK, "10150817")).isEmpty();
    }

    @Test
    void aDanishCvrWithAWrongCheckDigitIsRejected() {
        assertThat(OrganisationNumber.problem(Country.DK, "10150818")).hasValueSatisfying(message ->
                assertThat(message).contains("MOD11").contains("mistyped"));
    }

    @Test
    void aDanishCvrNeverStartsWithZero() {
        // 0*2 + 1*7 + 2*6 + 3*5 + 4*4 + 5*3 + 6*2 + x: 77 with x = 0, which would pass MOD11
        assertThat(OrganisationNumber.problem(Country.DK, "01234560")).hasValueSatisfying(message ->
                assertThat(message).contains("never starts with 0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1015081", "101508170", "1015081X", " 10150817"})
    void aDanishCvrMustBeExactlyEightDigits(String number) {
        assertThat(OrganisationNumber.problem(Country.DK, number)).hasValueSatisfying(message ->
                assertThat(message).contains("exactly 8 digits"));
    }

    @Test
    void aValidNumberOfOneCountryIsCheckedByTheRulesOfTheOther() {
        assertThat(OrganisationNumber.problem(Country.DK, "923609016")).isPresent();
        assertThat(OrganisationNumber.problem(Country.NO, "10150817")).isPresent();
    }
}
