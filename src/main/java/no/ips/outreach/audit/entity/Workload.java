package no.ips.outreach.audit.entity;

import java.math.BigDecimal;
import no.ips.outreach.platform.language.Messages;

/**
 * A specialist's scheduled hours, working days and current caseload: what their outreach is measured against.
 *
 * @param weeklyHours exact, a whole number of minutes (the service refuses anything else)
 * @param caseload    participants not closed
 * @param jobSeekers  participants in job search
 * @param calendar    the working days of the specialist's team, public holidays left out
 */
public record Workload(long specialistId, String username, String displayName, BigDecimal weeklyHours, long caseload,
                       long jobSeekers, WorkingCalendar calendar) {

    public static final int WEEKLY_CONTACT_TARGET = 6;

    /** Why one is left out of the frequent-contact figure, in the reader's language: without job seekers the scale sets no target. */
    public static String noJobSeekers() {
        return Messages.get("audit.left-out.no-job-seekers");
    }

    /** Without a calendar: Monday to Friday, no public holidays. */
    public Workload(long specialistId, String username, String displayName, BigDecimal weeklyHours, long caseload,
                    long jobSeekers) {
        this(specialistId, username, displayName, weeklyHours, caseload, jobSeekers, WorkingCalendar.WEEKDAYS);
    }

    /** Six face-to-face contacts a week, or two per job seeker when fewer than three are seeking (IPS-25). */
    public int weeklyContactTarget() {
        return jobSeekers < 3 ? (int) (2 * jobSeekers) : WEEKLY_CONTACT_TARGET;
    }

    /** Whether the frequent-contact item counts this specialist: only with at least one job seeker. */
    public boolean hasContactTarget() {
        return jobSeekers > 0;
    }

    /** The working week in whole minutes: exact, since the hours are a whole number of minutes. */
    public long weeklyMinutes() {
        return weeklyHours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.UNNECESSARY)
                .longValueExact();
    }

    public int workingDays(ReportPeriod period) {
        return calendar.workingDays(period);
    }

    /** Scheduled minutes times 5, a whole number: weekly minutes times working days (a day is a fifth of a week). */
    public long scheduledFifths(ReportPeriod period) {
        return weeklyMinutes() * workingDays(period);
    }

    public double scheduledMinutes(ReportPeriod period) {
        return scheduledFifths(period) / 5.0;
    }
}
