package no.ips.outreach.visits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class VisitCorrectionTest {

    private static final Instant LOGGED = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant CORRECTED = LOGGED.plus(Duration.ofHours(3));
    private static final VisitDetails ORIGINAL = Visits.inPerson(7, Instant.parse("2026-03-10T08:30:00Z"));

    @Test
    void aCorrectionRecordsExactlyTheChangedFieldsWithOldAndNewValues() {
        var visit = new Visit("kari", ORIGINAL, LOGGED);
        var corrected = Visits.withNotes(Visits.withMinutes(ORIGINAL, 45, 20), "owner wants two trainees");

        List<VisitChange> changes = visit.correct(corrected, "kari", 1, CORRECTED);

        assertThat(changes).extracting(VisitChange::change).containsExactly(
                new FieldChange("meetingMinutes", "60", "45"),
                new FieldChange("notes", null, "owner wants two trainees"));
        assertThat(visit.details()).isEqualTo(corrected);
    }

    @Test
    void eachChangeSaysWhoCorrectedItWhenAndInWhichRevision() {
        var visit = new Visit("kari", ORIGINAL, LOGGED);

        List<VisitChange> changes = visit.correct(Visits.withMinutes(ORIGINAL, 90, 30), "kari", 3, CORRECTED);

        assertThat(changes).hasSize(2).allSatisfy(change -> {
            assertThat(change.changedBy()).isEqualTo("kari");
            assertThat(change.changedAt()).isEqualTo(CORRECTED);
            assertThat(change.revision()).isEqualTo(3);
        });
    }

    @Test
    void aCorrectionThatChangesNothingRecordsNothing() {
        var visit = new Visit("kari", ORIGINAL, LOGGED);

        assertThat(visit.correct(ORIGINAL, "kari", 1, CORRECTED)).isEmpty();
        assertThat(visit.details()).isEqualTo(ORIGINAL);
    }

    @Test
    void movingTheStartTimeRecordsBothInstantsInIsoForm() {
        var visit = new Visit("kari", ORIGINAL, LOGGED);
        Instant earlier = Instant.parse("2026-03-09T13:15:00Z");

        assertThat(visit.correct(Visits.startingAt(ORIGINAL, earlier), "kari", 1, CORRECTED))
                .extracting(VisitChange::change)
                .containsExactly(new FieldChange("startedAt", "2026-03-10T08:30:00Z", "2026-03-09T13:15:00Z"));
    }

    @Test
    void clearingAFieldRecordsTheOldValueAndAnEmptyNewOne() {
        var visit = new Visit("kari", Visits.withNotes(ORIGINAL, "call back in May"), LOGGED);

        assertThat(visit.correct(ORIGINAL, "kari", 1, CORRECTED)).extracting(VisitChange::change)
                .containsExactly(new FieldChange("notes", "call back in May", null));
    }

    @Test
    void anInvalidCorrectionIsRefusedAndLeavesTheVisitAsItWas() {
        var visit = new Visit("kari", ORIGINAL, LOGGED);
        var intoTheFuture = Visits.withNotes(Visits.startingAt(ORIGINAL, CORRECTED.plus(Duration.ofDays(1))), "oops");

        assertThatThrownBy(() -> visit.correct(intoTheFuture, "kari", 1, CORRECTED)).isInstanceOf(ProblemException.class);
        assertThat(visit.details()).isEqualTo(ORIGINAL);
    }

    @Test
    void fieldChangesAreListedInTheFixedOrderOfTheVisitForm() {
        var before = Visits.withNotes(ORIGINAL, "a");
        var after = Visits.withNotes(Visits.of(8, ORIGINAL.startedAt(), VisitMode.PHONE), "b");

        assertThat(FieldChange.between(before.snapshot(), after.snapshot())).extracting(FieldChange::field)
                .containsExactly("employerId", "mode", "notes");
    }
}
