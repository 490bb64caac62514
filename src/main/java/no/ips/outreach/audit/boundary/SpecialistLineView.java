package no.ips.outreach.audit.boundary;

import java.math.BigDecimal;

/**
 * @param weeklyHours                exactly as given (18.75 stays 18.75)
 * @param weeklyMinutes              the same week in minutes: what scheduled time is counted from
 * @param weeklyTarget               null when the specialist is left out of the frequent-contact figure
 * @param leftOutOfContactRateBecause why they are left out (no participant in job search), or null
 */
public record SpecialistLineView(String username, String displayName, BigDecimal weeklyHours, long weeklyMinutes,
                                 Integer weeklyTarget, String leftOutOfContactRateBecause, FiguresView figures,
                                 int weeksDue, int weeksReviewed, int weeksChangedAfterReview) {
}
