package no.ips.outreach.matching.boundary;

import java.util.List;
import no.ips.outreach.matching.entity.Criterion;
import no.ips.outreach.matching.entity.Match;

/** One criterion of a score, with its points and why: the parts always add up to the score. */
public record CriterionView(Criterion criterion, int points, int maxPoints, String explanation) {

    static List<CriterionView> of(Match match) {
        return match.parts().stream().map(p -> new CriterionView(p.criterion(), p.points(), p.maxPoints(), p.explanation())).toList();
    }
}
