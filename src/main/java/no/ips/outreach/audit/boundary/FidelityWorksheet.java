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
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.visits.entity.ContactFacts;

/**
 * The printable fidelity worksheet of a team and period: one self-contained HTML page (no scripts, no external
 * styles) that a method supervisor prints or saves as PDF for the fidelity review, with every score's inputs and a
 * place to sign, in the reader's language with the IPS-25 item names of the Norwegian and Danish scales.
 */
final class FidelityWorksheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FidelityWorksheet() {
    }

    static String html(OutreachReportView report, Language language) {
        Words w = new Words(language);
        var period = report.period();
        var t = report.totals();
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(w.get("worksheet.title", report.teamName(), period.label())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#111}")
                .append("table{border-collapse:collapse;width:100%;margin:1em 0}")
                .append("th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}")
                .append("th{background:#eee}td.n{text-align:right}.score{font-size:1.3em;font-weight:bold;text-align:center}")
                .append("@media print{body{margin:0}h2{page-break-after:avoid}table{page-break-inside:auto}}")
                .append("</style></head><body>\n");
        page.append("<h1>").append(w.get("worksheet.heading")).append("</h1>\n<p><b>")
                .append(text(report.teamName())).append("</b>, ").append(period.publicHolidays() == null
                        || period.publicHolidays().isEmpty()
                        ? w.get("worksheet.period", period.label(), period.from().toString(), period.to().toString(),
                                number(period.workingWeeks(), language))
                        : w.get("worksheet.period.holidays", period.label(), period.from().toString(),
                                period.to().toString(), number(period.workingWeeks(), language), w.country(period.country()),
                                period.publicHolidays().stream().map(LocalDate::toString).collect(Collectors.joining(", "))))
                .append("</p>\n");

        page.append("<h2>").append(w.get("worksheet.scorecard")).append("</h2>\n<table><tr><th>").append(w.get("worksheet.item"))
                .append("</th><th>").append(w.get("worksheet.score")).append("</th><th>").append(w.get("worksheet.how-scored"))
                .append("</th><th>").append(w.get("worksheet.inputs")).append("</th></tr>\n");
        int total = 0;
        int scored = 0;
        for (ScorecardLine line : report.scorecard()) {
            page.append("<tr><td>").append(text(Messages.label(language, line.item()))).append("</td><td class=\"score\">")
                    .append(line.score() == null ? "&ndash;" : line.score()).append("</td><td>")
                    .append(line.score() == null ? w.get("worksheet.not-scored", line.notScoredBecause()) : text(line.rule()))
                    .append("</td><td>").append(inputs(line.inputs(), w)).append("</td></tr>\n");
            if (line.score() != null) {
                total += line.score();
                scored++;
            }
        }
        page.append("<tr><th>").append(w.get("worksheet.sum", scored)).append("</th><td class=\"score\">").append(total)
                .append("</td><td colspan=\"2\">").append(w.get("worksheet.out-of", 5 * scored)).append("</td></tr></table>\n");

        page.append("<h2>").append(w.get("worksheet.specialists")).append("</h2>\n<table><tr>");
        for (String column : List.of("specialist", "weekly-hours", "caseload", "face-to-face", "per-week", "employers-met",
                "community", "individualized", "weeks-reviewed")) {
            page.append("<th>").append(w.get("worksheet.column." + column)).append("</th>");
        }
        page.append("</tr>\n");
        for (SpecialistLineView line : report.specialists()) {
            var f = line.figures();
            page.append("<tr><td>").append(text(line.displayName())).append("</td><td class=\"n\">")
                    .append(decimal(line.weeklyHours().toPlainString(), language)).append(" (").append(line.weeklyMinutes())
                    .append(")</td><td class=\"n\">").append(f.caseload())
                    .append("</td><td class=\"n\">").append(f.faceToFaceContacts()).append("</td><td class=\"n\">")
                    .append(line.weeklyTarget() == null ? w.get("worksheet.left-out.cell")
                            : figure(f.faceToFacePerSpecialistWeek(), language) + " (" + line.weeklyTarget() + ")")
                    .append("</td><td class=\"n\">").append(f.employersMetFaceToFace()).append("</td><td class=\"n\">")
                    .append(w.html("worksheet.of-minutes", percent(f.communityPercent(), language),
                            decimal(f.scheduledMinutes().toPlainString(), language)))
                    .append("</td><td class=\"n\">")
                    .append(percent(f.individualizedPercent(), language)).append("</td><td class=\"n\">")
                    .append(w.get("worksheet.weeks-reviewed", line.weeksReviewed(), line.weeksDue()))
                    .append(line.weeksChangedAfterReview() > 0 ? w.get("worksheet.weeks-changed", line.weeksChangedAfterReview()) : "")
                    .append("</td></tr>\n");
        }
        page.append("<tr><th>").append(w.get("worksheet.team")).append("</th><td></td><td class=\"n\">").append(t.caseload())
                .append("</td><td class=\"n\">").append(t.faceToFaceContacts()).append("</td><td class=\"n\">")
                .append(figure(t.faceToFacePerSpecialistWeek(), language)).append(" (").append(figure(t.weeklyTarget(), language))
                .append(")</td><td class=\"n\">")
                .append(t.employersMetFaceToFace()).append("</td><td class=\"n\">")
                .append(w.html("worksheet.of-minutes", percent(t.communityPercent(), language),
                        decimal(t.scheduledMinutes().toPlainString(), language)))
                .append("</td><td class=\"n\">").append(percent(t.individualizedPercent(), language)).append("</td><td></td></tr></table>\n");
        if (!report.leftOutOfContactRate().isEmpty()) {
            page.append("<p>").append(w.get("worksheet.left-out")).append("</p><ul>");
            report.leftOutOfContactRate().forEach(left -> page.append("<li>").append(text(left.displayName()))
                    .append(": ").append(text(left.reason())).append("</li>"));
            page.append("</ul>\n");
        }

        outliers(page, t, w);

        var rapid = report.rapidJobSearch();
        page.append("<h2>").append(w.get("worksheet.rapid")).append("</h2>\n<p>")
                .append(w.get("worksheet.rapid.reached", rapid.reachedInPeriod()));
        if (rapid.averageDays() != null) {
            page.append(w.html("worksheet.rapid.average", figure(rapid.averageDays(), language)));
        }
        String countedTo = rapid.waitCountedTo().toString();
        String which = w.get(rapid.waitCountedTo().isBefore(period.to()) ? "worksheet.rapid.today" : "worksheet.rapid.period-end");
        page.append(". ").append(rapid.waiting().isEmpty() ? w.get("worksheet.rapid.waiting", rapid.stillWaiting(), countedTo, which)
                        : w.get("worksheet.rapid.waiting-days", rapid.stillWaiting(), countedTo, which, rapid.waiting().stream()
                        .map(waiting -> waiting.daysWaited() + "").collect(Collectors.joining(", "))))
                .append("</p>\n");

        long weekly = report.reviews().stream().filter(r -> r.status() == ReviewView.Status.SIGNED_OFF
                && Boolean.TRUE.equals(r.weekly())).count();
        page.append("<h2>").append(w.get("worksheet.review")).append("</h2>\n<p>")
                .append(w.get("worksheet.review.summary", weekly, report.reviews().size())).append("</p>\n");
        if (!report.reviews().isEmpty()) {
            page.append("<table><tr>");
            for (String column : List.of("specialist", "week", "month", "review", "signed-off", "in-time")) {
                page.append("<th>").append(w.get("worksheet.review.column." + column)).append("</th>");
            }
            page.append("</tr>\n");
            for (ReviewView r : report.reviews()) {
                page.append("<tr><td>").append(text(r.specialist())).append("</td><td>").append(r.week())
                        .append("</td><td>").append(ReviewCoverage.monthOf(IsoWeek.parse("week", r.week())))
                        .append("</td><td>")
                        .append(switch (r.status()) {
                            case NOT_REVIEWED -> w.get("worksheet.review.not-reviewed");
                            case SIGNED_OFF -> w.get("worksheet.review.signed-off", r.signedBy());
                            case CHANGED_AFTER_REVIEW -> w.get("worksheet.review.changed", String.valueOf(r.changedVisitId()),
                                    String.valueOf(r.changedRevision()), r.changedBy());
                        })
                        .append("</td><td>").append(r.signedAt() == null ? ""
                                : LocalDate.ofInstant(r.signedAt(), ContactFacts.ZONE).toString())
                        .append("</td><td>").append(r.weekly() == null ? "" : r.weekly() ? w.get("worksheet.review.in-time")
                                : w.get("worksheet.review.late"))
                        .append("</td></tr>\n");
            }
            page.append("</table>\n");
        }
        page.append("<h2>").append(w.get("worksheet.rules")).append("</h2>\n<ol>");
        AuditRules.all(language).forEach(rule -> page.append("<li>").append(text(rule)).append("</li>"));
        page.append("</ol>\n")
                .append("<p style=\"margin-top:3em\">").append(w.get("worksheet.signature")).append("</p>\n")
                .append("</body></html>\n");
        return page.toString();
    }

    /** Beside the time in the community, the longest visits and days it is made of, so that none goes unseen. */
    private static void outliers(StringBuilder page, FiguresView t, Words w) {
        Language language = w.language();
        var outliers = t.communityOutliers();
        page.append("<h2>").append(w.get("worksheet.outliers")).append("</h2>\n<p>")
                .append(w.html("worksheet.outliers.intro", String.valueOf(t.communityMinutes()),
                        percent(t.communityPercent(), language))).append("</p>\n");
        if (outliers == null || outliers.longestVisits().isEmpty()) {
            page.append("<p>").append(w.get("worksheet.outliers.none")).append("</p>\n");
            return;
        }
        page.append("<table><tr>");
        for (String column : List.of("longest-visits", "specialist", "started", "mode", "visit-minutes", "share")) {
            page.append("<th>").append(w.get("worksheet.outliers.column." + column)).append("</th>");
        }
        page.append("</tr>\n");
        for (var v : outliers.longestVisits()) {
            page.append("<tr><td>").append(w.get("worksheet.outliers.visit", String.valueOf(v.visitId()))).append("</td><td>")
                    .append(text(v.specialist())).append("</td><td>")
                    .append(WHEN.format(v.startedAt().atZone(ContactFacts.ZONE))).append("</td><td>")
                    .append(text(Messages.label(language, v.mode()))).append("</td><td class=\"n\">")
                    .append(v.meetingMinutes()).append(" + ").append(v.travelMinutes()).append(" = ")
                    .append(v.communityMinutes()).append("</td><td class=\"n\">")
                    .append(percent(v.percentOfCommunityMinutes(), language)).append("</td></tr>\n");
        }
        page.append("</table>\n<table><tr>");
        for (String column : List.of("longest-days", "specialist", "visits", "day-minutes", "share")) {
            page.append("<th>").append(w.get("worksheet.outliers.column." + column)).append("</th>");
        }
        page.append("</tr>\n");
        for (var d : outliers.longestDays()) {
            page.append("<tr><td>").append(d.day()).append("</td><td>").append(text(d.specialist()))
                    .append("</td><td class=\"n\">").append(d.visits()).append("</td><td class=\"n\">")
                    .append(d.communityMinutes()).append("</td><td class=\"n\">")
                    .append(percent(d.percentOfCommunityMinutes(), language)).append("</td></tr>\n");
        }
        page.append("</table>\n");
    }

    /** Each input under its name in the language where the bundle has one (worksheet.input.*), else its code. */
    private static String inputs(Map<String, Object> inputs, Words w) {
        return inputs.entrySet().stream().map(e -> w.input(e.getKey()) + ": " + text(e.getValue() instanceof long[] counts
                ? Arrays.toString(counts) : String.valueOf(e.getValue()))).collect(Collectors.joining("<br>"));
    }

    private static String percent(Double value, Language language) {
        return value == null ? "&ndash;" : figure(value, language) + "&nbsp;%";
    }

    /**
     * A figure exactly as the JSON and the CSV show it (64.98 stays 64.98), so the three always agree and it stays in
     * the band that scored; only the decimal mark is the reader's.
     */
    private static String figure(Double value, Language language) {
        return value == null ? "&ndash;" : decimal(String.valueOf(value), language);
    }

    private static String decimal(String plain, Language language) {
        return language == Language.EN ? plain : plain.replace('.', ',');
    }

    private static String number(double value, Language language) {
        String plain = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 10) / 10.0);
        return language == Language.EN ? plain : plain.replace('.', ',');
    }

    /** The page's words in one language, escaped for HTML, with their arguments escaped too. */
    private record Words(Language language) {

        String get(String key, Object... arguments) {
            Object[] escaped = Arrays.stream(arguments).map(a -> a instanceof String s ? text(s) : a).toArray();
            return Messages.get(language, key, escaped);
        }

        /** The words with arguments that are already HTML (a figure with its &nbsp;%), so not escaped again. */
        String html(String key, String... arguments) {
            return Messages.get(language, key, (Object[]) arguments);
        }

        /** A country by its code (NO, DK) in the reader's language, or the code where the bundle has no name. */
        String country(String code) {
            String key = "worksheet.country." + code;
            return code != null && Messages.has(key) ? get(key) : text(code);
        }

        String input(String name) {
            String key = "worksheet.input." + name;
            return Messages.has(key) ? get(key) : text(name);
        }
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
