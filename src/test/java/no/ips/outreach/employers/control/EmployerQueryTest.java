package no.ips.outreach.employers.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmployerQueryTest {

    @Test
    void wildcardsTypedByAUserMatchThemselvesNotEverything() {
        assertThat(EmployerQuery.escapeLike("100%_sure")).isEqualTo("100\\%\\_sure");
    }

    @Test
    void aBackslashIsEscapedBeforeItCanEscapeAnythingElse() {
        assertThat(EmployerQuery.escapeLike("a\\%")).isEqualTo("a\\\\\\%");
    }
}
