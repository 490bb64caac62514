package no.ips.outreach.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharacterFilterTest {

    @Test
    void aLoneHighOrLowSurrogateIsNotText() {
        assertThat(ControlCharacterFilter.hasLoneSurrogate("A\uD800B")).isTrue();
        assertThat(ControlCharacterFilter.hasLoneSurrogate("A\uDC00")).isTrue();
        assertThat(ControlCharacterFilter.hasLoneSurrogate("\uD800")).isTrue();
        assertThat(ControlCharacterFilter.hasLoneSurrogate("\uDC00\uD800")).as("a pair in the wrong order").isTrue();
    }

    @Test
    void aCompletePairAndOrdinaryTextAreText() {
        assertThat(ControlCharacterFilter.hasLoneSurrogate("Kafé \uD83D\uDE00 Bodø")).isFalse();
        assertThat(ControlCharacterFilter.hasLoneSurrogate("")).isFalse();
    }
}
