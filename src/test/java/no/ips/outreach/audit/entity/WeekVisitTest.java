package no.ips.outreach.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitMode;
import org.junit.jupiter.api.Test;

class WeekVisitTest {

    private static final IsoWeek WEEK = IsoWeek.of(LocalDate.of(2026, 11, 23));

    private static WeekVisit visit(LocalDate day, VisitMode mode, Visit.Voiding voided) {
        Instant at = day.atTime(10, 0).atZone(ContactFacts.ZONE).toInstant();
        return new WeekVisit(1, 2, at, ContactFacts.of(at, mode, 60, 30, ContactQuality.DESCRIBES_STRENGTHS, false), voided);
    }

    private static List<Optional<NotCounted>> judged(WeekVisit visit) {
        return List.of(visit.faceToFaceExclusion(WEEK), visit.communityExclusion(WEEK));
    }

    @Test
    void aMeetingInPersonInTheWeekCountsBothWaysWithItsMeetingAndTravel() {
        WeekVisit inPerson = visit(WEEK.monday(), VisitMode.IN_PERSON, null);
        assertThat(judged(inPerson)).containsExactly(Optional.empty(), Optional.empty());
        assertThat(inPerson.communityMinutesCounted(WEEK)).isEqualTo(90);
    }

    @Test
    void anEventIsTimeInTheCommunityButNoFaceToFaceContact() {
        WeekVisit fair = visit(WEEK.sunday(), VisitMode.EVENT, null);
        assertThat(judged(fair)).containsExactly(Optional.of(NotCounted.EVENT), Optional.empty());
        assertThat(fair.communityMinutesCounted(WEEK)).isEqualTo(90);
    }

    @Test
    void callsAndMailsCountForNeitherAndSayWhichTheyWere() {
        assertThat(judged(visit(WEEK.monday(), VisitMode.PHONE, null)))
                .containsOnly(Optional.of(NotCounted.PHONE));
        assertThat(judged(visit(WEEK.monday(), VisitMode.VIDEO, null)))
                .containsOnly(Optional.of(NotCounted.VIDEO));
        assertThat(judged(visit(WEEK.monday(), VisitMode.EMAIL, null)))
                .containsOnly(Optional.of(NotCounted.EMAIL));
    }

    @Test
    void aVoidVisitCountsForNothingWhateverItWasAndAVisitOfAnotherWeekCountsThere() {
        WeekVisit voided = visit(WEEK.monday(), VisitMode.IN_PERSON, new Visit.Voiding(Instant.EPOCH, "liv", "never went"));
        assertThat(judged(voided)).containsOnly(Optional.of(NotCounted.VOIDED));
        assertThat(voided.communityMinutesCounted(WEEK)).isZero();
        WeekVisit sundayBefore = visit(WEEK.monday().minusDays(1), VisitMode.IN_PERSON, null);
        assertThat(judged(sundayBefore)).containsOnly(Optional.of(NotCounted.OUTSIDE_WEEK));
        assertThat(sundayBefore.communityMinutesCounted(WEEK)).isZero();
    }
}
