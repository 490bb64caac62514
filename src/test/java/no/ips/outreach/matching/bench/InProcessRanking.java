package no.ips.outreach.matching.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.ips.outreach.matching.entity.Match;
import no.ips.outreach.matching.entity.Matcher;
import no.ips.outreach.matching.entity.OpeningProfile;
import no.ips.outreach.matching.entity.SeekerProfile;

/** Scores every candidate with the real Matcher, sorts them all (not excluded first, best score, id) and keeps the top. */
final class InProcessRanking {

    record Ranked(long id, Match match) {
    }

    static final Comparator<Ranked> BEST_FIRST = Comparator.comparing((Ranked r) -> r.match().excluded())
            .thenComparing(Comparator.comparingInt((Ranked r) -> r.match().score()).reversed())
            .thenComparingLong(Ranked::id);

    private final Matcher matcher;
    private final LocalDate today;

    InProcessRanking(Matcher matcher, LocalDate today) {
        this.matcher = matcher;
        this.today = today;
    }

    List<Ranked> openingsFor(SeekerProfile seeker, List<OpeningProfile> openings, int top) {
        List<Ranked> ranked = new ArrayList<>(openings.size());
        for (OpeningProfile opening : openings) {
            ranked.add(new Ranked(opening.openingId(), matcher.score(seeker, opening, today)));
        }
        return best(ranked, top);
    }

    List<Ranked> seekersFor(OpeningProfile opening, List<SeekerProfile> seekers, int top) {
        List<Ranked> ranked = new ArrayList<>(seekers.size());
        for (SeekerProfile seeker : seekers) {
            ranked.add(new Ranked(seeker.participantId(), matcher.score(seeker, opening, today)));
        }
        return best(ranked, top);
    }

    private static List<Ranked> best(List<Ranked> ranked, int top) {
        ranked.sort(BEST_FIRST);
        return List.copyOf(ranked.subList(0, Math.min(top, ranked.size())));
    }
}
