package no.ips.outreach.matching.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsTest {

    private static Map<Criterion, Integer> defaults() {
        return new EnumMap<>(Weights.DEFAULT.points());
    }

    @Test
    void theDefaultsAddUpToAHundred() {
        assertThat(Weights.DEFAULT.points().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(Weights.DEFAULT.of(Criterion.OCCUPATION)).isEqualTo(40);
    }

    @Test
    void weightsThatDoNotAddUpToAHundredAreRefused() {
        var over = defaults();
        over.put(Criterion.START, 6);
        var under = defaults();
        under.put(Criterion.START, 4);

        assertThatThrownBy(() -> new Weights(over)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 101");
        assertThatThrownBy(() -> new Weights(under)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 99");
    }

    @Test
    void aNegativeWeightIsRefusedEvenWhenTheSumIsAHundred() {
        var negative = defaults();
        negative.put(Criterion.START, -5);
        negative.put(Criterion.REQUIREMENTS, 15);

        assertThatThrownBy(() -> new Weights(negative)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCriterionNeedsAWeight() {
        var missing = defaults();
        missing.remove(Criterion.START);
        missing.put(Criterion.REQUIREMENTS, 10);

        assertThatThrownBy(() -> new Weights(missing)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every criterion");
    }
}
