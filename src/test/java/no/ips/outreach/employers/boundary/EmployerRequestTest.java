package no.ips.outreach.employers.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class EmployerRequestTest {

    private static EmployerRequest request(AddressPayload address, Boolean doNotContact, String reason, Set<String> tags) {
        return new EmployerRequest(Country.NO, "923609016", "Bakeriet", "10.71", 8, address, null, null, null, null,
                doNotContact, reason, tags);
    }

    private static Problem refused(EmployerRequest request) {
        return catchThrowableOfType(ProblemException.class, request::toProfile).problem();
    }

    @Test
    void doNotContactNeedsAReason() {
        assertThat(refused(request(null, true, " ", null)).errors()).extracting(Problem.FieldError::field)
                .containsExactly("doNotContactReason");
        assertThat(request(null, true, "asked us to stop", null).toProfile().doNotContactReason()).isEqualTo("asked us to stop");
    }

    @Test
    void coordinatesComeInPairs() {
        var onlyLatitude = new AddressPayload("Storgata 1", "8006", "Bodø", "1804", 67.28, null);
        assertThat(refused(request(onlyLatitude, null, null, null)).errors()).extracting(Problem.FieldError::field)
                .containsExactly("address");
    }

    @Test
    void blankOrOverlongTagsAreRefused() {
        assertThat(refused(request(null, null, null, Set.of("retail", " "))).errors()).extracting(Problem.FieldError::field)
                .containsExactly("tags");
        assertThat(refused(request(null, null, null, Set.of("x".repeat(51)))).errors()).extracting(Problem.FieldError::field)
                .containsExactly("tags");
    }

    @Test
    void missingOptionalPartsBecomeEmptyNotNull() {
        var profile = request(null, null, null, null).toProfile();
        assertThat(profile.tags()).isEmpty();
        assertThat(profile.doNotContact()).isFalse();
        assertThat(profile.address()).isNull();
    }
}
