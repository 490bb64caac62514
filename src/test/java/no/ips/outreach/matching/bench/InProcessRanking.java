package no.ips.outreach.matching.bench;

import java.time.LocalDate;
import java.util.List;
import no.ips.outreach.matching.entity.Match;
import no.ips.outreach.matching.entity.Matcher;
import no.ips.outreach.matching.entity.OpeningProfile;
import no.ips.outreach.matching.entity.OpeningTable;
import no.ips.outreach.matching.entity.Ranking;
import no.ips.outreach.matching.entity.SeekerProfile;

/** Ranks with the service's own code: every candidate appraised by the real Matcher, the top kept and explained. */
final class InProcessRanking {

    record Ranked(long id, Match match) {
    }

    private final Matcher matcher;
    private final LocalDate today;

    InProcessRanking(Matcher matcher, LocalDate today) {
        this.matcher = matcher;
        this.today = today;
    }

    /** As the service ranks: over the index's {@link OpeningTable}, leaving out what the participant's own limits exclude. */
    List<Ranked> openingsFor(SeekerProfile seeker, OpeningTable<OpeningProfile> openings, int top) {
        return openings.rank(matcher, seeker, today, opening -> true, false, top)
                .stream().map(r -> new Ranked(r.candidate().openingId(), r.match())).toList();
    }

    List<Ranked> seekersFor(OpeningProfile opening, List<SeekerProfile> seekers, int top) {
        return Ranking.best(seekers, seeker -> matcher.appraise(seeker, opening, today),
                        seeker -> matcher.upperBound(seeker, opening), seeker -> matcher.certainlyExcluded(seeker, opening),
                        SeekerProfile::participantId, false, top)
                .stream().map(r -> new Ranked(r.candidate().participantId(), r.match())).toList();
    }
}
