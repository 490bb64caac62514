package no.ips.outreach.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import no.ips.outreach.audit.control.WeekReviews;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.WeekReview;
import no.ips.outreach.teams.entity.Specialist;

/**
 * Signs off several specialist-weeks at once, all or none: a manager who signs "all ready weeks" must not be left
 * wondering which of them went through when one is refused.
 */
@ApplicationScoped
public class TeamSignOffs {

    @Inject
    WeekReviews reviews;

    /** One week to sign off, with its own supervision note (may be null). */
    public record Wanted(Specialist specialist, IsoWeek week, String note) {
    }

    public record Signed(Specialist specialist, IsoWeek week, WeekReview review) {
    }

    /**
     * A week already signed off, unchanged since and with the same note, is left as it is: a retried request changes
     * nothing and adds nothing to the history.
     */
    @Transactional
    public List<Signed> signOff(List<Wanted> wanted, String by) {
        return wanted.stream().map(w -> {
            WeekReview review = reviews.current(w.specialist(), w.week())
                    .filter(r -> r.isCurrent() && Objects.equals(r.note(), w.note()))
                    .orElseGet(() -> reviews.signOff(w.specialist(), w.week(), by, w.note()));
            return new Signed(w.specialist(), w.week(), review);
        }).toList();
    }
}
