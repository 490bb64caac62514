package no.ips.outreach.audit.entity;

/**
 * One ISO week of a report, clipped to the period, for trend charts.
 *
 * @param weeksReviewed specialist-weeks with a current sign-off (null where sign-offs are not reported)
 */
public record WeekFigures(IsoWeek week, ReportPeriod days, OutreachFigures outreach, Integer weeksReviewed) {
}
