package no.ips.outreach.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;
import org.junit.jupiter.api.Test;

class PlannedVisitTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final PlannedVisit planned = new PlannedVisit("kari", new PlannedVisitDetails(7, THURSDAY, LocalTime.of(10, 0),
            45, VisitPurpose.PARTICIPANT_JOB_DEVELOPMENT, SuggestionReason.FOLLOW_UP_DUE, "Bring the CV", Set.of(3L, 4L)),
            "kari", NOW);

    @Test
    void aVisitStillOpenAfterItsDayIsMissedNotDone() {
        assertThat(planned.state(THURSDAY)).isEqualTo(PlanState.PLANNED);
        assertThat(planned.state(THURSDAY.plusDays(1))).isEqualTo(PlanState.MISSED);

        planned.complete(99, THURSDAY.atTime(10, 20), NOW);

        assertThat(planned.state(THURSDAY.plusDays(1))).isEqualTo(PlanState.DONE);
        assertThat(planned.startsAt()).as("the plan shows the time that was logged").isEqualTo(LocalTime.of(10, 20));
    }

    @Test
    void aCompletedOrCancelledVisitCanNoLongerBeMovedOrCompletedAgain() {
        planned.cancel(NOW);

        var refused = catchThrowableOfType(ProblemException.class, () -> planned.complete(99, THURSDAY.atTime(10, 0), NOW));

        assertThat(refused.problem().status()).isEqualTo(409);
        assertThat(refused.problem().detail()).contains("cancelled");
        assertThat(planned.state(THURSDAY)).isEqualTo(PlanState.CANCELLED);
    }

    @Test
    void completingAsPlannedLogsAnInPersonVisitAtThePlannedLocalTimeWithoutDisclosure() {
        var details = Completion.AS_PLANNED.visitDetails(planned, OSLO, Instant.parse("2026-11-27T12:00:00Z"));

        assertThat(details.startedAt()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
        assertThat(details.mode()).isEqualTo(VisitMode.IN_PERSON);
        assertThat(details.meetingMinutes()).isEqualTo(45);
        assertThat(details.quality()).isEqualTo(ContactQuality.LEARNS_EMPLOYER_NEEDS);
        assertThat(details.notes()).isEqualTo("Bring the CV");
        assertThat(details.participants()).containsExactlyInAnyOrder(new ParticipantLink(3, Disclosure.NONE),
                new ParticipantLink(4, Disclosure.NONE));
    }

    @Test
    void aVisitWhosePlannedStartHasNotPassedCannotBeLoggedYet() {
        Instant aMinuteEarly = Instant.parse("2026-11-26T08:59:00Z");

        var refused = catchThrowableOfType(ProblemException.class,
                () -> Completion.AS_PLANNED.visitDetails(planned, OSLO, aMinuteEarly));

        assertThat(refused.problem().status()).isEqualTo(409);
        assertThat(refused.problem().detail()).contains("2026-11-26", "10:00", "has not started");
        assertThat(Completion.AS_PLANNED.visitDetails(planned, OSLO, Instant.parse("2026-11-26T09:00:00Z")).startedAt())
                .isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void anActualStartIsLoggedAsGivenButNeverInTheFuture() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        Instant actual = Instant.parse("2026-11-26T09:40:00Z");

        assertThat(withStart(actual).visitDetails(planned, OSLO, now).startedAt()).isEqualTo(actual);
        var refused = catchThrowableOfType(ProblemException.class,
                () -> withStart(now.plusSeconds(60)).visitDetails(planned, OSLO, now));
        assertThat(refused.problem().errors()).extracting(e -> e.field()).containsExactly("startedAt");
    }

    private static Completion withStart(Instant startedAt) {
        return new Completion(startedAt, null, null, null, null, null, null, null, Map.of());
    }

    @Test
    void disclosingAboutSomeoneWhoWasNotPlannedIsRefused() {
        var completion = new Completion(null, null, null, null, null, null, null, null, Map.of(3L, Disclosure.GENERAL, 8L,
                Disclosure.GENERAL));

        var refused = catchThrowableOfType(ProblemException.class,
                () -> completion.visitDetails(planned, OSLO, Instant.parse("2026-11-27T12:00:00Z")));

        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(refused.problem().errors()).extracting(e -> e.field()).containsExactly("participants");
    }

    @Test
    void reschedulingReplacesTheDayAndWhoTheVisitIsFor() {
        assertThat(planned.details().day()).isEqualTo(THURSDAY);
        planned.reschedule(new PlannedVisitDetails(7, LocalDate.of(2026, 11, 30), LocalTime.NOON, 30,
                VisitPurpose.GENERAL_JOB_DEVELOPMENT, null, null, Set.of()), NOW);

        assertThat(planned.day()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(planned.participantIds()).isEmpty();
    }
}
