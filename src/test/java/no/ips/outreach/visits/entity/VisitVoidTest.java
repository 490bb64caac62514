package no.ips.outreach.visits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class VisitVoidTest {

    private static final Instant LOGGED = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant VOIDED = LOGGED.plus(Duration.ofHours(3));
    private static final VisitDetails ORIGINAL = Visits.inPerson(7, Instant.parse("2026-03-10T08:30:00Z"));

    private static int status(Throwable refused) {
        return ((ProblemException) refused).problem().status();
    }

    @Test
    void aVoidIsKeptAsARevisionWithItsReasonAndTheVisitKeepsItsDetails() {
        var visit = new Visit("kari", ORIGINAL, LOGGED);

        VisitChange change = visit.voidFor("  wrong employer ", "liv", 2, VOIDED);

        assertThat(change.change()).isEqualTo(new FieldChange(Visit.VOIDED_FIELD, null, "wrong employer"));
        assertThat(List.of(change.revision(), change.changedBy(), change.changedAt()))
                .isEqualTo(List.of(2, "liv", VOIDED));
        assertThat(visit.isVoid()).isTrue();
        assertThat(visit.voiding()).contains(new Visit.Voiding(VOIDED, "liv", "wrong employer"));
        assertThat(visit.details()).isEqualTo(ORIGINAL);
    }

    @Test
    void aStandingVisitHasNoVoidAndAVoidNeedsAReason() {
        var visit = new Visit("kari", ORIGINAL, LOGGED);

        assertThat(visit.voiding()).isEmpty();
        assertThatThrownBy(() -> visit.voidFor(" ", "kari", 1, VOIDED)).satisfies(e -> assertThat(status(e)).isEqualTo(400));
        assertThat(visit.isVoid()).isFalse();
    }

    @Test
    void aVoidVisitIsNeitherVoidedAgainNorCorrected() {
        var visit = new Visit("kari", ORIGINAL, LOGGED);
        visit.voidFor("never happened", "kari", 1, VOIDED);

        assertThatThrownBy(() -> visit.voidFor("again", "liv", 2, VOIDED))
                .satisfies(e -> assertThat(status(e)).isEqualTo(409)).hasMessageContaining("never happened");
        assertThatThrownBy(() -> visit.correct(Visits.withMinutes(ORIGINAL, 30, 10), "kari", 2, VOIDED))
                .satisfies(e -> assertThat(status(e)).isEqualTo(409));
        assertThat(visit.voiding().orElseThrow().by()).isEqualTo("kari");
    }
}
