package no.ips.outreach.audit.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.ReviewCoverage;
import no.ips.outreach.audit.entity.ScorecardLine;
import no.ips.outreach.visits.entity.ContactFacts;

/**
 * The printable fidelity worksheet of a team and period: one self-contained HTML page (no scripts, no external
 * styles) that a method supervisor prints or saves as PDF for the fidelity review, with every score's inputs and a
 * place to sign.
 */
final class FidelityWorksheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FidelityWorksheet() {
    }

    static String html(OutreachReportView report) {
        var period = report.period();
        var t = report.totals();
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Fidelity worksheet: ").append(text(report.teamName())).append(", ")
                .append(text(period.label())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#111}")
                .append("table{border-collapse:collapse;width:100%;margin:1em 0}")
                .append("th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}")
                .append("th{background:#eee}td.n{text-align:right}.score{font-size:1.3em;font-weight:bold;text-align:center}")
                .append("@media print{body{margin:0}h2{page-break-after:avoid}table{page-break-inside:auto}}")
                .append("</style></head><body>\n");
        page.append("<h1>IPS fidelity worksheet: employer-related items</h1>\n<p><b>")
                .append(text(report.teamName())).append("</b>, ").append(text(period.label())).append(" (")
                .append(period.from()).append(" to ").append(period.to()).append(", ")
                .append(number(period.workingWeeks())).append(" working weeks");
        if (period.publicHolidays() != null && !period.publicHolidays().isEmpty()) {
            page.append(", public holidays in ").append(text(period.country())).append(" left out: ")
                    .append(period.publicHolidays().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        }
        page.append(")</p>\n");

        page.append("<h2>Scorecard</h2>\n<table><tr><th>Item</th><th>Score</th><th>How it was scored</th><th>Inputs</th></tr>\n");
        int total = 0;
        int scored = 0;
        for (ScorecardLine line : report.scorecard()) {
            page.append("<tr><td>").append(text(line.title())).append("</td><td class=\"score\">")
                    .append(line.score() == null ? "&ndash;" : line.score()).append("</td><td>")
                    .append(text(line.score() == null ? "Not scored: " + line.notScoredBecause() : line.rule()))
                    .append("</td><td>").append(inputs(line.inputs())).append("</td></tr>\n");
            if (line.score() != null) {
                total += line.score();
                scored++;
            }
        }
        page.append("<tr><th>Sum of the ").append(scored).append(" items scored</th><td class=\"score\">").append(total)
                .append("</td><td colspan=\"2\">Out of ").append(5 * scored)
                .append(". The full IPS-25 scale has 25 items; these are the employer-related ones.</td></tr></table>\n");

        page.append("<h2>Specialists</h2>\n<table><tr><th>Specialist</th><th>Weekly hours (minutes)</th><th>Caseload</th>")
                .append("<th>Face-to-face contacts</th><th>Per week (target)</th><th>Employers met</th>")
                .append("<th>Time in the community</th><th>Individualized</th><th>Weeks reviewed</th></tr>\n");
        for (SpecialistLineView line : report.specialists()) {
            var f = line.figures();
            page.append("<tr><td>").append(text(line.displayName())).append("</td><td class=\"n\">")
                    .append(line.weeklyHours().toPlainString()).append(" (").append(line.weeklyMinutes())
                    .append(")</td><td class=\"n\">").append(f.caseload())
                    .append("</td><td class=\"n\">").append(f.faceToFaceContacts()).append("</td><td class=\"n\">")
                    .append(line.weeklyTarget() == null ? "left out: no job seekers"
                            : figure(f.faceToFacePerSpecialistWeek()) + " (" + line.weeklyTarget() + ")")
                    .append("</td><td class=\"n\">").append(f.employersMetFaceToFace()).append("</td><td class=\"n\">")
                    .append(percent(f.communityPercent())).append(" of ").append(f.scheduledMinutes().toPlainString())
                    .append(" min</td><td class=\"n\">")
                    .append(percent(f.individualizedPercent())).append("</td><td class=\"n\">")
                    .append(line.weeksReviewed()).append(" of ").append(line.weeksDue())
                    .append(line.weeksChangedAfterReview() > 0 ? " (" + line.weeksChangedAfterReview() + " changed after review)" : "")
                    .append("</td></tr>\n");
        }
        page.append("<tr><th>Team</th><td></td><td class=\"n\">").append(t.caseload()).append("</td><td class=\"n\">")
                .append(t.faceToFaceContacts()).append("</td><td class=\"n\">")
                .append(figure(t.faceToFacePerSpecialistWeek())).append(" (").append(figure(t.weeklyTarget()))
                .append(")</td><td class=\"n\">")
                .append(t.employersMetFaceToFace()).append("</td><td class=\"n\">").append(percent(t.communityPercent()))
                .append(" of ").append(t.scheduledMinutes().toPlainString()).append(" min</td><td class=\"n\">")
                .append(percent(t.individualizedPercent())).append("</td><td></td></tr></table>\n");
        if (!report.leftOutOfContactRate().isEmpty()) {
            page.append("<p>Left out of the face-to-face contacts per week and the team's target (see the counting rules below):</p><ul>");
            report.leftOutOfContactRate().forEach(left -> page.append("<li>").append(text(left.displayName()))
                    .append(": ").append(text(left.reason())).append("</li>"));
            page.append("</ul>\n");
        }

        outliers(page, t);

        var rapid = report.rapidJobSearch();
        page.append("<h2>Rapid job search</h2>\n<p>").append(rapid.reachedInPeriod())
                .append(" participants had their first face-to-face employer contact in the period");
        if (rapid.averageDays() != null) {
            page.append(", on average ").append(figure(rapid.averageDays())).append(" days after enrolment");
        }
        page.append(". ").append(rapid.stillWaiting()).append(" were still waiting on ").append(rapid.waitCountedTo())
                .append(rapid.waitCountedTo().isBefore(period.to()) ? " (today; the period has not ended)"
                        : " (the end of the period)")
                .append(rapid.waiting().isEmpty() ? "." : ", for " + rapid.waiting().stream()
                        .map(w -> w.daysWaited() + "").collect(Collectors.joining(", ")) + " days counted to that date.")
                .append("</p>\n");

        long weekly = report.reviews().stream().filter(r -> r.status() == ReviewView.Status.SIGNED_OFF
                && Boolean.TRUE.equals(r.weekly())).count();
        page.append("<h2>Weekly review of the contact log</h2>\n<p>")
                .append(weekly).append(" of ").append(report.reviews().size())
                .append(" specialist-weeks that have ended are signed off in time and unchanged since. Weeks that have "
                        + "not ended are not due.</p>\n");
        if (!report.reviews().isEmpty()) {
            page.append("<table><tr><th>Specialist</th><th>Week</th><th>Month (of its Thursday)</th><th>Review</th>"
                    + "<th>Signed off</th><th>In time</th></tr>\n");
            for (ReviewView r : report.reviews()) {
                page.append("<tr><td>").append(text(r.specialist())).append("</td><td>").append(r.week())
                        .append("</td><td>").append(ReviewCoverage.monthOf(IsoWeek.parse("week", r.week())))
                        .append("</td><td>")
                        .append(switch (r.status()) {
                            case NOT_REVIEWED -> "Not reviewed";
                            case SIGNED_OFF -> "Signed off by " + text(r.signedBy());
                            case CHANGED_AFTER_REVIEW -> "Changed after review (visit " + r.changedVisitId() + ", revision "
                                    + r.changedRevision() + ", by " + text(r.changedBy()) + ")";
                        })
                        .append("</td><td>").append(r.signedAt() == null ? ""
                                : LocalDate.ofInstant(r.signedAt(), ContactFacts.ZONE).toString())
                        .append("</td><td>").append(r.weekly() == null ? "" : r.weekly() ? "yes"
                                : "no: counts toward the monthly review only")
                        .append("</td></tr>\n");
            }
            page.append("</table>\n");
        }
        page.append("<h2>Counting rules</h2>\n<ol>");
        AuditRules.ALL.forEach(rule -> page.append("<li>").append(text(rule)).append("</li>"));
        page.append("</ol>\n")
                .append("<p style=\"margin-top:3em\">Reviewed by: ______________________ &nbsp; Date: __________</p>\n")
                .append("</body></html>\n");
        return page.toString();
    }

    /** Beside the time in the community, the longest visits and days it is made of, so that none goes unseen. */
    private static void outliers(StringBuilder page, FiguresView t) {
        var outliers = t.communityOutliers();
        page.append("<h2>Time in the community: the longest visits and days</h2>\n<p>The community-based services ")
                .append("score rests on ").append(t.communityMinutes()).append(" minutes in the community (")
                .append(percent(t.communityPercent())).append(" of scheduled time). These are its largest parts, each ")
                .append("within the visit log's limits (8 hours' meeting, 12 for an event, 4 hours' travel, 12 hours in a ")
                .append("day).</p>\n");
        if (outliers == null || outliers.longestVisits().isEmpty()) {
            page.append("<p>No visit in person or event in the period.</p>\n");
            return;
        }
        page.append("<table><tr><th>Longest visits</th><th>Specialist</th><th>Started</th><th>Mode</th>")
                .append("<th>Meeting + travel (minutes)</th><th>Share of the time</th></tr>\n");
        for (var v : outliers.longestVisits()) {
            page.append("<tr><td>Visit ").append(v.visitId()).append("</td><td>").append(text(v.specialist()))
                    .append("</td><td>").append(WHEN.format(v.startedAt().atZone(ContactFacts.ZONE))).append("</td><td>")
                    .append(v.mode()).append("</td><td class=\"n\">").append(v.meetingMinutes()).append(" + ")
                    .append(v.travelMinutes()).append(" = ").append(v.communityMinutes()).append("</td><td class=\"n\">")
                    .append(percent(v.percentOfCommunityMinutes())).append("</td></tr>\n");
        }
        page.append("</table>\n<table><tr><th>Longest days</th><th>Specialist</th><th>Visits</th>")
                .append("<th>Minutes in the community</th><th>Share of the time</th></tr>\n");
        for (var d : outliers.longestDays()) {
            page.append("<tr><td>").append(d.day()).append("</td><td>").append(text(d.specialist()))
                    .append("</td><td class=\"n\">").append(d.visits()).append("</td><td class=\"n\">")
                    .append(d.communityMinutes()).append("</td><td class=\"n\">")
                    .append(percent(d.percentOfCommunityMinutes())).append("</td></tr>\n");
        }
        page.append("</table>\n");
    }

    private static String inputs(Map<String, Object> inputs) {
        return inputs.entrySet().stream().map(e -> text(e.getKey()) + ": " + text(e.getValue() instanceof long[] counts
                ? Arrays.toString(counts) : String.valueOf(e.getValue()))).collect(Collectors.joining("<br>"));
    }

    private static String percent(Double value) {
        return value == null ? "&ndash;" : figure(value) + "&nbsp;%";
    }

    /** A figure exactly as the JSON and the CSV show it, so the three always agree. */
    private static String figure(Double value) {
        return value == null ? "&ndash;" : String.valueOf(value);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 10) / 10.0);
    }

    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
