package no.ips.outreach.matching.entity;

import java.time.LocalDate;

/**
 * Scores an opening for a participant. Pure: the same inputs always give the same match, and the explanation always
 * adds up to the score. Zero exclusion: only the participant's own hard limits exclude.
 */
public final class Matcher {

    private final Weights weights;

    public Matcher(Weights weights) {
        this.weights = weights;
    }

    public Match score(SeekerProfile seeker, OpeningProfile opening, LocalDate today) {
        throw new UnsupportedOperationException("being written");
    }
}
