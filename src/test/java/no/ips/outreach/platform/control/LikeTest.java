package no.ips.outreach.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsTypedByAUserMatchThemselvesNotEverything() {
        assertThat(Like.escape("100%_sure")).isEqualTo("100\\%\\_sure");
    }

    @Test
    void aBackslashIsEscapedBeforeItCanEscapeAnythingElse() {
        assertThat(Like.escape("a\\%")).isEqualTo("a\\\\\\%");
    }

    @Test
    void containingIgnoresCaseAndKeepsWildcardsLiteral() {
        assertThat(Like.containing("Bakeri_AS")).isEqualTo("%bakeri\\_as%");
    }
}
