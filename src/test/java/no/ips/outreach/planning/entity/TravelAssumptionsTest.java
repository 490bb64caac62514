package no.ips.outreach.planning.entity;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TravelAssumptionsTest {

    @Test
    void roadsAreNeverShorterThanTheGreatCircle() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TravelAssumptions(0.9, 40))
                .withMessageContaining("roadFactor");
    }

    @Test
    void theAverageSpeedMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TravelAssumptions(1.3, 0))
                .withMessageContaining("speedKmh");
    }
}
