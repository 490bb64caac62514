package no.ips.outreach.registers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodeCentroidsTest {

    @Test
    void bothCountriesShipWithEveryPublishedPostcode() {
        assertThat(PostcodeCentroids.size()).as("5,132 Norwegian and 1,159 Danish postcodes").isEqualTo(5132 + 1159);
    }

    @Test
    void aPostcodeIsLookedUpInItsOwnCountry() {
        assertThat(PostcodeCentroids.of("NO", "8006")).contains(new Centroid(67.28, 14.405));
        assertThat(PostcodeCentroids.of("DK", "1050")).contains(new Centroid(55.6806, 12.5857));
        assertThat(PostcodeCentroids.of("DK", "8006")).as("not a Danish postcode").isEmpty();
        assertThat(PostcodeCentroids.of("NO", " 8006 ")).isPresent();
    }

    @Test
    void anUnknownOrMissingPostcodeHasNoCentroid() {
        assertThat(PostcodeCentroids.of("NO", "0000")).isEmpty();
        assertThat(PostcodeCentroids.of("NO", null)).isEmpty();
        assertThat(PostcodeCentroids.of(null, "8006")).isEmpty();
    }

    @Test
    void aPositionIsTheCentroidOnlyWhenItIsThereToTheDecimalsPublished() {
        Centroid bodo = new Centroid(67.28, 14.405);
        assertThat(bodo.isAt(67.28, 14.405)).isTrue();
        assertThat(bodo.isAt(67.2801, 14.405)).isFalse();
        assertThat(bodo.isAt(null, 14.405)).isFalse();
    }
}
