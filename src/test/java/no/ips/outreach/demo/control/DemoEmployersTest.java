package no.ips.outreach.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import no.ips.outreach.employers.control.GreatCircle;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.EmployerProfile;
import no.ips.outreach.employers.entity.OrganisationNumber;
import org.junit.jupiter.api.Test;

/** A newcomer's first impression is the demo data: it must look like a real Norwegian municipality. */
class DemoEmployersTest {

    private final DemoEmployers invent = new DemoEmployers(new Random(1804));

    @Test
    void everyOrganisationNumberPassesTheRegistersCheckAndNoneRepeats() {
        List<String> numbers = IntStream.range(0, DemoData.EMPLOYERS).mapToObj(i -> invent.orgNumber()).toList();

        assertThat(numbers).allSatisfy(number -> assertThat(OrganisationNumber.problem(Country.NO, number)).isEmpty());
        assertThat(new HashSet<>(numbers)).hasSize(numbers.size());
    }

    @Test
    void employersAreInBodoWithFiveDigitNaceCodesAndDistinctNames() {
        List<EmployerProfile> profiles = IntStream.range(0, DemoData.EMPLOYERS).mapToObj(invent::profile).toList();

        assertThat(profiles).allSatisfy(profile -> {
            assertThat(profile.naceCode()).matches("\\d{2}\\.\\d{3}");
            assertThat(profile.address().municipalityCode()).isEqualTo(DemoEmployers.BODO);
            assertThat(GreatCircle.km(DemoEmployers.CENTRE_LAT, DemoEmployers.CENTRE_LON,
                    profile.address().latitude(), profile.address().longitude())).isLessThan(20);
            assertThat(profile.website()).matches("https://www\\.[a-z0-9]+\\.no");
        });
        Set<String> names = new HashSet<>(profiles.stream().map(EmployerProfile::name).toList());
        assertThat(names).hasSizeGreaterThan(DemoData.EMPLOYERS * 9 / 10);
    }

    @Test
    void domainNamesSpellNorwegianLettersTheWayDomainsDo() {
        assertThat(DemoEmployers.domainName("Kafé Skarven")).isEqualTo("kafeskarven");
        assertThat(DemoEmployers.domainName("Bodø Sjømat Ærlig Å")).isEqualTo("bodosjomataerliga");
    }
}
