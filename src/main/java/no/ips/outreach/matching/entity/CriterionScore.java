package no.ips.outreach.matching.entity;

/** One criterion's points out of its maximum, with a sentence a specialist can read aloud to the participant. */
public record CriterionScore(Criterion criterion, int points, int maxPoints, String explanation) {
}
