package no.ips.outreach.audit.entity;

import java.time.Instant;
import java.util.Optional;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * One visit of a specialist that touches a week, and what it counts for in that week's figures: the reviewer's way
 * from a figure back to the visits behind it. The judgement is the one the figures are summed with
 * ({@link OutreachTally#of}): a standing visit that started in the week adds one face-to-face contact if it was in
 * person, and its {@link ContactFacts#communityMinutes()} to the time in the community.
 *
 * @param voided who voided it, when and why; null while it stands
 */
public record WeekVisit(long visitId, long employerId, Instant startedAt, ContactFacts facts, Visit.Voiding voided) {

    /** Whether it counts toward the week's face-to-face contacts, and if not, why. */
    public Optional<NotCounted> faceToFaceExclusion(IsoWeek week) {
        return standingInWeek(week).or(() -> facts.faceToFace() ? Optional.empty() : Optional.of(byMode()));
    }

    /** Whether it counts toward the week's time in the community, and if not, why. */
    public Optional<NotCounted> communityExclusion(IsoWeek week) {
        return standingInWeek(week).or(() -> takesOut() ? Optional.empty() : Optional.of(byMode()));
    }

    /** The minutes it adds to the week's time in the community. */
    public long communityMinutesCounted(IsoWeek week) {
        return communityExclusion(week).isPresent() ? 0 : facts.communityMinutes();
    }

    private Optional<NotCounted> standingInWeek(IsoWeek week) {
        if (voided != null) {
            return Optional.of(NotCounted.VOIDED);
        }
        return IsoWeek.of(facts.day()).equals(week) ? Optional.empty() : Optional.of(NotCounted.OUTSIDE_WEEK);
    }

    private boolean takesOut() {
        return facts.mode() == VisitMode.IN_PERSON || facts.mode() == VisitMode.EVENT;
    }

    private NotCounted byMode() {
        return switch (facts.mode()) {
            case PHONE -> NotCounted.PHONE;
            case VIDEO -> NotCounted.VIDEO;
            case EMAIL -> NotCounted.EMAIL;
            case EVENT -> NotCounted.EVENT;
            case IN_PERSON -> throw new IllegalStateException("a visit in person counts both ways");
        };
    }
}
