package no.ips.outreach.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.EmployerProfile;
import no.ips.outreach.employers.entity.OrganisationNumber;
import no.ips.outreach.platform.entity.NaceDivisions;
import org.junit.jupiter.api.Test;

/** A newcomer's first impression is the demo data: Bodø's real workplaces, as Enhetsregisteret has them. */
class DemoEmployersTest {

    private final List<DemoEmployers.Unit> units = DemoEmployers.units();

    @Test
    void theExtractHoldsBodosUnderenheterWithoutSoleProprietorships() {
        assertThat(units).hasSize(76);
        assertThat(units).allSatisfy(unit -> {
            assertThat(OrganisationNumber.problem(Country.NO, unit.number())).isEmpty();
            assertThat(NaceDivisions.problem(unit.nace())).as(unit.nace()).isNull();
            assertThat(unit.postcode()).matches("8\\d{3}");
        });
        assertThat(new HashSet<>(units.stream().map(DemoEmployers.Unit::number).toList())).hasSize(units.size());
        // the one sole proprietorship of Bodø in the sample (its name is a person's business) is left out
        assertThat(units).noneMatch(unit -> unit.number().equals("931655388"));
    }

    @Test
    void aUnitKeepsTheRegistersValuesAndJoinsAddressLines() {
        DemoEmployers.Unit hair = units.stream().filter(unit -> unit.number().equals("874207632")).findFirst().orElseThrow();
        assertThat(hair.name()).isEqualTo("NIKITA HAIR AVD KOCH BODØ");
        assertThat(hair.nace()).isEqualTo("96.020");
        assertThat(hair.employees()).isNull();
        assertThat(hair.street()).isEqualTo("Storgata 5");
        assertThat(hair.city()).isEqualTo("Bodø");
        DemoEmployers.Unit twoLines = units.stream().filter(unit -> unit.number().equals("914560500")).findFirst().orElseThrow();
        assertThat(twoLines.street()).isEqualTo("Folkets Hus, Prinsens gate 115");
    }

    @Test
    void profilesAreInBodoWithoutInventedPhonesAndLeaveThePositionToThePostcode() {
        DemoEmployers demo = new DemoEmployers(new Random(1804));
        List<EmployerProfile> profiles = IntStream.range(0, units.size()).mapToObj(i -> demo.profile(units.get(i), i)).toList();

        assertThat(profiles).allSatisfy(profile -> {
            assertThat(profile.address().municipalityCode()).isEqualTo(DemoEmployers.BODO);
            assertThat(profile.address().hasCoordinates()).isFalse();
            assertThat(profile.phone()).isNull();
        });
        assertThat(profiles.stream().filter(EmployerProfile::doNotContact).count()).isEqualTo(2);
    }
}
