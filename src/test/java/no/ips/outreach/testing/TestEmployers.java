package no.ips.outreach.testing;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.EmployerProfile;
import no.ips.outreach.employers.entity.OrganisationNumber;
import no.ips.outreach.employers.entity.RelationshipStage;

/** Employers for data tests: a readable builder with a fresh, valid Norwegian organisation number each time. */
public final class TestEmployers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);

    private String name;
    private String nace = "47.111";
    private String municipality = "1804";
    private Double latitude;
    private Double longitude;
    private Set<String> tags = Set.of();
    private RelationshipStage stage;

    private TestEmployers(String name) {
        this.name = name;
    }

    public static TestEmployers named(String name) {
        return new TestEmployers(name);
    }

    public static String freshOrgNumber() {
        while (true) {
            String base = "9" + String.format("%07d", SEQUENCE.incrementAndGet());
            int check = OrganisationNumber.norwegianCheckDigit(base);
            if (check >= 0) {
                return base + check;
            }
        }
    }

    public TestEmployers industry(String naceCode) {
        this.nace = naceCode;
        return this;
    }

    public TestEmployers municipality(String code) {
        this.municipality = code;
        return this;
    }

    public TestEmployers at(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
        return this;
    }

    public TestEmployers tags(String... tags) {
        this.tags = Set.of(tags);
        return this;
    }

    public TestEmployers stageSetByHand(RelationshipStage stage) {
        this.stage = stage;
        return this;
    }

    public EmployerProfile profile() {
        var address = new Address("Storgata 1", "8006", "Bodø", municipality, latitude, longitude);
        return new EmployerProfile(name, nace, 25, address, "https://example.no", "+47 75 00 00 00",
                "needs seasonal staff", stage, false, null, tags);
    }

    public Employer build(Instant now) {
        return new Employer(Country.NO, freshOrgNumber(), profile(), now);
    }
}
