package no.ips.outreach.visits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisitRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final VisitDetails YESTERDAY = Visits.inPerson(1, NOW.minus(Duration.ofDays(1)));

    private static Problem refused(VisitDetails details) {
        return catchThrowableOfType(ProblemException.class, () -> new Visit("kari", details, NOW)).problem();
    }

    @Test
    void aVisitCannotBeLoggedAsStartingInTheFuture() {
        Problem problem = refused(Visits.startingAt(YESTERDAY, NOW.plus(Duration.ofHours(1))));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("startedAt");
        assertThat(problem.errors().get(0).message()).contains("future");
    }

    @Test
    void aStartUpToFiveMinutesAheadIsToleratedForPhoneClockDrift() {
        assertThatCode(() -> new Visit("kari", Visits.startingAt(YESTERDAY, NOW.plus(Duration.ofMinutes(5))), NOW))
                .doesNotThrowAnyException();
        assertThat(refused(Visits.startingAt(YESTERDAY, NOW.plus(Duration.ofMinutes(5)).plusSeconds(1))).errors())
                .extracting(Problem.FieldError::field).containsExactly("startedAt");
    }

    @Test
    void aContactLastsAtMostEightHoursWithAtMostFourOfTravel() {
        assertThatCode(() -> new Visit("kari", Visits.withMinutes(YESTERDAY, 480, 240), NOW)).doesNotThrowAnyException();
        Problem problem = refused(Visits.withMinutes(YESTERDAY, 600, 300));
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("meetingMinutes", "travelMinutes");
        assertThat(problem.errors().get(0).message()).contains("8 hours");
        assertThat(problem.errors().get(1).message()).contains("4 hours");
    }

    @Test
    void anEventSuchAsAJobFairMayLastTwelveHours() {
        VisitDetails fair = Visits.withMinutes(Visits.of(1, YESTERDAY.startedAt(), VisitMode.EVENT), 720, 60);
        assertThatCode(() -> new Visit("kari", fair, NOW)).doesNotThrowAnyException();
        assertThat(refused(Visits.withMinutes(fair, 721, 60)).errors().get(0).message()).contains("12 hours", "event");
    }

    @Test
    void negativeMinutesAreRefusedByTheVisitItselfNotOnlyByTheApi() {
        assertThat(refused(Visits.withMinutes(YESTERDAY, -30, 10)).errors())
                .extracting(Problem.FieldError::field).containsExactly("meetingMinutes");
        assertThat(refused(Visits.withMinutes(YESTERDAY, 30, -10)).errors())
                .extracting(Problem.FieldError::field).containsExactly("travelMinutes");
    }

    @Test
    void aDueDateNeedsANextStepToBeDueFor() {
        Problem problem = refused(Visits.withNextStep(YESTERDAY, "  ", LocalDate.of(2026, 3, 20)));
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("nextStep");
        assertThatCode(() -> new Visit("kari", Visits.withNextStep(YESTERDAY, "send CVs", LocalDate.of(2026, 3, 20)), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var bad = Visits.withNextStep(Visits.withMinutes(Visits.startingAt(YESTERDAY, NOW.plus(Duration.ofDays(1))), 481, 1),
                null, LocalDate.of(2026, 3, 20));
        assertThat(refused(bad).errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("startedAt", "meetingMinutes", "nextStep");
    }

    @Test
    void onlyAMeetingInPersonCountsAsFaceToFace() {
        assertThat(new Visit("kari", Visits.of(1, NOW, VisitMode.IN_PERSON), NOW).isFaceToFace()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = VisitMode.class, names = "IN_PERSON", mode = EnumSource.Mode.EXCLUDE)
    void callsVideoEmailAndEventsAreNotFaceToFace(VisitMode mode) {
        assertThat(mode.isFaceToFace()).isFalse();
        assertThat(new Visit("kari", Visits.of(1, NOW, mode), NOW).isFaceToFace()).isFalse();
    }

    @Test
    void aVisitRemembersWhoLoggedItAndWhen() {
        var visit = new Visit("kari", YESTERDAY, NOW);
        assertThat(visit.loggedBy("kari")).isTrue();
        assertThat(visit.loggedBy("ola")).isFalse();
        assertThat(visit.createdAt()).isEqualTo(NOW);
        assertThat(visit.details()).isEqualTo(YESTERDAY);
    }
}
