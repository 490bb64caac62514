package no.ips.outreach.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "W/\"7\"", " \"7\" ", "7"})
    void theVersionIsReadFromStrongWeakOrBareETags(String ifMatch) {
        assertThat(Versions.required(ifMatch)).isEqualTo(7L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void anUpdateWithoutIfMatchIsRefusedWith428(String ifMatch) {
        var refusal = catchThrowableOfType(ProblemException.class, () -> Versions.required(ifMatch));
        assertThat(refusal.problem().status()).isEqualTo(428);
        assertThat(catchThrowableOfType(ProblemException.class, () -> Versions.required(null)).problem().status()).isEqualTo(428);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"abc\"", "\"1\", \"2\""})
    void anETagThatIsNotOneOfOurVersionsIsRefusedWith412(String ifMatch) {
        var refusal = catchThrowableOfType(ProblemException.class, () -> Versions.required(ifMatch));
        assertThat(refusal.problem().status()).isEqualTo(412);
        assertThat(refusal.problem().detail()).contains(ifMatch);
    }
}
