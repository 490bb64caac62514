package no.ips.outreach.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NaceDivisionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "47.111", "56.10", "87.101", "99"})
    void realDivisionsAndTheirCodesAreIndustries(String code) {
        assertThat(NaceDivisions.problem(code)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"04", "34.100", "40.11", "48", "83.1", "00"})
    void aDivisionThatDoesNotExistIsNamed(String code) {
        assertThat(NaceDivisions.problem(code)).isEqualTo(code.substring(0, 2) + " is not a NACE Rev. 2 division (SN2007/DB07)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"restaurants", "5", "56.1234", "56-10"})
    void aMalformedCodeIsExplained(String code) {
        assertThat(NaceDivisions.problem(code)).startsWith("must be a NACE code or prefix");
    }
}
