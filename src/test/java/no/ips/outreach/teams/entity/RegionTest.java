package no.ips.outreach.teams.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void aNavOfficeBelongsToTheCountyOfItsMunicipality() {
        assertThat(Region.of(TeamKind.NAV_OFFICE, "1804")).isEqualTo(new Region("NO-18", "Nordland - Nordlánnda"));
        assertThat(Region.of(TeamKind.NAV_OFFICE, "0301")).isEqualTo(new Region("NO-03", "Oslo"));
        assertThat(Region.of(TeamKind.NAV_OFFICE, "5501").name()).startsWith("Troms");
    }

    @Test
    void anOfficeWithoutAKnownCountyIsPlacedInNorwayAndAJobcentreInDenmark() {
        assertThat(Region.of(TeamKind.NAV_OFFICE, null)).isEqualTo(new Region("NO", "Norge"));
        // 1124 Sola was renumbered in 2020; 11 is still Rogaland, but 54 (Troms og Finnmark, 2020-2023) is gone
        assertThat(Region.of(TeamKind.NAV_OFFICE, "5401")).isEqualTo(new Region("NO", "Norge"));
        assertThat(Region.of(TeamKind.JOBCENTRE, "0101")).isEqualTo(new Region("DK", "Danmark"));
    }
}
