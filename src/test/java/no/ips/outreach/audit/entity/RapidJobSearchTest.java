package no.ips.outreach.audit.entity;

import static no.ips.outreach.participants.entity.ParticipantStatus.CLOSED;
import static no.ips.outreach.participants.entity.ParticipantStatus.EMPLOYED;
import static no.ips.outreach.participants.entity.ParticipantStatus.ENGAGEMENT;
import static no.ips.outreach.participants.entity.ParticipantStatus.FOLLOW_ALONG;
import static no.ips.outreach.participants.entity.ParticipantStatus.IN_EDUCATION;
import static no.ips.outreach.participants.entity.ParticipantStatus.JOB_SEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import no.ips.outreach.participants.entity.ParticipantStatus;
import org.junit.jupiter.api.Test;

class RapidJobSearchTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
    private static final ReportPeriod FIRST_QUARTER = ReportPeriod.of(NEW_YEAR, LocalDate.of(2026, 3, 31));
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    private static ParticipantJourney journey(long id, LocalDate enrolledOn, ParticipantStatus status,
            LocalDate firstFaceToFace) {
        return new ParticipantJourney(id, "P" + id, "kari", enrolledOn, status, firstFaceToFace);
    }

    private static ParticipantJourney reachedAfter(long id, int days) {
        return journey(id, NEW_YEAR, JOB_SEARCH, NEW_YEAR.plusDays(days));
    }

    @Test
    void daysAreCountedFromEnrolmentToTheFirstFaceToFaceContact() {
        RapidJobSearch rapid = RapidJobSearch.of(List.of(reachedAfter(1, 29), reachedAfter(2, 30),
                reachedAfter(3, 31), reachedAfter(4, 60), reachedAfter(5, 61)), FIRST_QUARTER, MAY);

        // 1 January + 30 days is 31 January; + 31 is 1 February
        assertThat(NEW_YEAR.plusDays(30)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(rapid.reached()).extracting(r -> r.participant().participantId(), RapidJobSearch.Reached::days)
                .containsExactly(tuple(5L, 61L), tuple(4L, 60L), tuple(3L, 31L), tuple(2L, 30L), tuple(1L, 29L));
        // (29 + 30 + 31 + 60 + 61) / 5
        assertThat(rapid.averageDays()).isEqualTo(42.2);
        assertThat(rapid.waiting()).isEmpty();
    }

    @Test
    void onlyFirstContactsInThePeriodAreAveraged() {
        ParticipantJourney lastYear = journey(1, LocalDate.of(2025, 11, 1), FOLLOW_ALONG, LocalDate.of(2025, 12, 31));
        ParticipantJourney onTheFirstDay = journey(2, LocalDate.of(2025, 12, 1), JOB_SEARCH, NEW_YEAR);
        ParticipantJourney onTheLastDay = journey(3, LocalDate.of(2026, 3, 1), EMPLOYED, LocalDate.of(2026, 3, 31));
        ParticipantJourney afterwards = journey(4, LocalDate.of(2026, 3, 1), EMPLOYED, LocalDate.of(2026, 4, 1));

        RapidJobSearch rapid = RapidJobSearch.of(List.of(lastYear, onTheFirstDay, onTheLastDay, afterwards),
                FIRST_QUARTER, MAY);

        assertThat(rapid.reached()).extracting(RapidJobSearch.Reached::participant, RapidJobSearch.Reached::days)
                .containsExactly(tuple(onTheFirstDay, 31L), tuple(onTheLastDay, 30L));
        assertThat(rapid.averageDays()).isEqualTo(30.5);
    }

    @Test
    void withNoFirstContactInThePeriodThereIsNoAverage() {
        RapidJobSearch rapid = RapidJobSearch.of(
                List.of(journey(1, LocalDate.of(2026, 2, 1), JOB_SEARCH, null)), FIRST_QUARTER, MAY);
        assertThat(rapid.reached()).isEmpty();
        assertThat(rapid.averageDays()).isNull();
        assertThat(rapid.waiting()).extracting(RapidJobSearch.Waiting::daysWaited).containsExactly(58L);
    }

    @Test
    void aContactLoggedBeforeTheEnrolmentDateMeansNoWait() {
        ParticipantJourney early = journey(1, LocalDate.of(2026, 2, 10), JOB_SEARCH, LocalDate.of(2026, 2, 5));
        ParticipantJourney sameDay = journey(2, LocalDate.of(2026, 2, 10), JOB_SEARCH, LocalDate.of(2026, 2, 10));
        RapidJobSearch rapid = RapidJobSearch.of(List.of(early, sameDay), FIRST_QUARTER, MAY);
        assertThat(rapid.reached()).extracting(RapidJobSearch.Reached::days).containsExactly(0L, 0L);
        assertThat(rapid.averageDays()).isEqualTo(0.0);
    }

    @Test
    void participantsInEngagementOrJobSearchWithoutAContactByThePeriodEndAreWaiting() {
        ParticipantJourney engaged = journey(1, LocalDate.of(2026, 3, 1), ENGAGEMENT, null);
        ParticipantJourney seeking = journey(2, LocalDate.of(2026, 1, 15), JOB_SEARCH, null);
        // first met an employer on their behalf only after the period
        ParticipantJourney reachedLater = journey(3, LocalDate.of(2026, 2, 1), JOB_SEARCH, LocalDate.of(2026, 4, 2));
        ParticipantJourney enrolledOnTheLastDay = journey(4, LocalDate.of(2026, 3, 31), ENGAGEMENT, null);
        ParticipantJourney enrolledAfter = journey(5, LocalDate.of(2026, 4, 1), ENGAGEMENT, null);

        RapidJobSearch rapid = RapidJobSearch.of(
                List.of(engaged, seeking, reachedLater, enrolledOnTheLastDay, enrolledAfter), FIRST_QUARTER, MAY);

        assertThat(rapid.waiting()).extracting(RapidJobSearch.Waiting::participant, RapidJobSearch.Waiting::daysWaited)
                .containsExactly(tuple(seeking, 75L), tuple(reachedLater, 58L), tuple(engaged, 30L),
                        tuple(enrolledOnTheLastDay, 0L));
        assertThat(rapid.reached()).isEmpty();
    }

    @Test
    void duringThePeriodTheWaitIsCountedToToday() {
        LocalDate today = LocalDate.of(2026, 2, 20);
        ParticipantJourney seeking = journey(1, LocalDate.of(2026, 2, 1), JOB_SEARCH, null);
        ParticipantJourney engaged = journey(2, LocalDate.of(2026, 2, 10), ENGAGEMENT, null);
        ParticipantJourney reachedToday = journey(3, LocalDate.of(2026, 2, 10), JOB_SEARCH, today);
        ParticipantJourney enrolledTomorrow = journey(4, LocalDate.of(2026, 2, 21), ENGAGEMENT, null);

        RapidJobSearch rapid = RapidJobSearch.of(List.of(seeking, engaged, reachedToday, enrolledTomorrow),
                FIRST_QUARTER, today);

        assertThat(rapid.waiting()).extracting(RapidJobSearch.Waiting::participant, RapidJobSearch.Waiting::daysWaited)
                .containsExactly(tuple(seeking, 19L), tuple(engaged, 10L));
        assertThat(rapid.reached()).extracting(RapidJobSearch.Reached::participant, RapidJobSearch.Reached::days)
                .containsExactly(tuple(reachedToday, 10L));
    }

    @Test
    void participantsNoLongerLookingForTheirFirstContactAreNotWaiting() {
        RapidJobSearch rapid = RapidJobSearch.of(List.of(
                journey(1, LocalDate.of(2026, 1, 5), EMPLOYED, null),
                journey(2, LocalDate.of(2026, 1, 5), CLOSED, null),
                journey(3, LocalDate.of(2026, 1, 5), IN_EDUCATION, null),
                journey(4, LocalDate.of(2026, 1, 5), FOLLOW_ALONG, null)), FIRST_QUARTER, MAY);
        assertThat(rapid.waiting()).isEmpty();
        assertThat(rapid.reached()).isEmpty();
        assertThat(rapid.averageDays()).isNull();
    }
}
