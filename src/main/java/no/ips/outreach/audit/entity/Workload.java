package no.ips.outreach.audit.entity;

import java.math.BigDecimal;

/**
 * A specialist's scheduled hours and current caseload: what their outreach is measured against.
 *
 * @param caseload   participants not closed
 * @param jobSeekers participants in job search
 */
public record Workload(long specialistId, String username, String displayName, BigDecimal weeklyHours, long caseload,
                       long jobSeekers) {

    public static final int WEEKLY_CONTACT_TARGET = 6;

    /** Six face-to-face contacts a week, or two per job seeker when fewer than three are seeking (IPS-25). */
    public int weeklyContactTarget() {
        return jobSeekers < 3 ? (int) (2 * jobSeekers) : WEEKLY_CONTACT_TARGET;
    }

    public double scheduledMinutes(ReportPeriod period) {
        return weeklyHours.doubleValue() * 60 * period.workingWeeks();
    }
}
