package no.ips.outreach.planning.entity;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PositionTest {

    @Test
    void aPositionOffTheMapIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Position(91, 10)).withMessageContaining("latitude");
        assertThatIllegalArgumentException().isThrownBy(() -> new Position(60, Double.NaN))
                .withMessageContaining("longitude");
    }
}
