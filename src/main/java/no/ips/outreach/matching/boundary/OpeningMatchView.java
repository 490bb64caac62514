package no.ips.outreach.matching.boundary;

import java.util.List;
import no.ips.outreach.matching.control.RankedOpening;

/**
 * An opening ranked for a participant. {@code distanceKm} is great-circle distance between coordinates, not road
 * distance; travel time is an estimate. {@code exclusion} says which of the participant's own limits rules it out.
 */
public record OpeningMatchView(long openingId, String title, long employerId, String employerName, String occupationCode,
                               int score, String exclusion, Double distanceKm, List<CriterionView> parts) {

    static OpeningMatchView of(RankedOpening ranked) {
        var opening = ranked.opening();
        return new OpeningMatchView(opening.profile().openingId(), opening.title(), opening.profile().employerId(),
                opening.employerName(), opening.profile().occupationCode(), ranked.match().score(), ranked.match().exclusion(),
                ranked.distanceKm(), CriterionView.of(ranked.match()));
    }
}
