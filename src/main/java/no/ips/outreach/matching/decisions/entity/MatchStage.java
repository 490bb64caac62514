package no.ips.outreach.matching.decisions.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a match stands. The participant's choice comes first: nothing is introduced to an employer they declined. */
public enum MatchStage {
    PROPOSED, INTERESTED, DECLINED, INTRODUCED, INTERVIEW, HIRED, NOT_HIRED;

    /** The longest name, for the column. */
    public static final int LENGTH = 12;

    /** The stages a match may move on to from here. A declined match is proposed again, not moved on. */
    public Set<MatchStage> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(INTERESTED, DECLINED);
            case INTERESTED -> EnumSet.of(INTRODUCED, DECLINED);
            case INTRODUCED -> EnumSet.of(INTERVIEW, NOT_HIRED, HIRED);
            case INTERVIEW -> EnumSet.of(HIRED, NOT_HIRED);
            case DECLINED, HIRED, NOT_HIRED -> EnumSet.noneOf(MatchStage.class);
        };
    }

    public boolean leadsTo(MatchStage stage) {
        return next().contains(stage);
    }
}
