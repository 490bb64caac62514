package no.ips.outreach.audit.boundary;

import java.math.BigDecimal;

public record SpecialistLineView(String username, String displayName, BigDecimal weeklyHours, int weeklyTarget,
                                 FiguresView figures, int weeksDue, int weeksReviewed, int weeksChangedAfterReview) {
}
