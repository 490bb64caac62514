package no.ips.outreach.audit.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.ScorecardLine;
import no.ips.outreach.platform.boundary.CsvTable;

/** The report's tables as a spreadsheet user reads them: one header row in words, one row per line. */
final class AuditCsv {

    private AuditCsv() {
    }

    static CsvTable summary(String name, OutreachReportView report) {
        List<List<Object>> rows = new ArrayList<>();
        for (SpecialistLineView line : report.specialists()) {
            rows.add(figures(line.displayName(), line.username(), line.weeklyHours(), line.weeklyMinutes(),
                    line.weeklyTarget(), line.leftOutOfContactRateBecause(), line.figures(), line.weeksDue(),
                    line.weeksReviewed(), line.weeksChangedAfterReview()));
        }
        if (report.specialists().size() > 1) {
            rows.add(figures("All specialists", null, null, null, report.totals().weeklyTarget(),
                    report.leftOutOfContactRate().isEmpty() ? null : report.leftOutOfContactRate().size()
                            + " specialist(s) without job seekers left out of the contact rate and target",
                    report.totals(), null, null, null));
        }
        return new CsvTable(name + "-" + report.period().label().replace(' ', '_') + ".csv", List.of(
                "Specialist", "User name", "Weekly hours", "Weekly minutes", "Weekly target (face-to-face contacts)",
                "Left out of the contact rate because", "Face-to-face contacts", "Employers met face to face",
                "Face-to-face contacts per week",
                "Phone contacts", "Video contacts", "E-mail contacts", "Event contacts",
                "Minutes in the community", "Scheduled minutes", "Time in the community (%)",
                "All employer contacts", "Contacts serving participant preferences", "Individualized job search (%)",
                "Caseload", "Job seekers", "Weeks due for review", "Weeks reviewed", "Weeks changed after review"),
                rows);
    }

    static CsvTable national(NationalReportView report) {
        List<List<Object>> rows = new ArrayList<>();
        for (TeamLineView line : report.teams()) {
            rows.add(teamFigures(line.name(), line.code(), line.specialists(), line.figures(), line.weeksDue(),
                    line.weeksReviewed(), line.weeksChangedAfterReview()));
        }
        rows.add(teamFigures("All teams", null, report.teams().stream().mapToInt(TeamLineView::specialists).sum(),
                report.totals(), report.weeksDue(), report.weeksReviewed(), report.weeksChangedAfterReview()));
        return new CsvTable("national-" + report.period().label().replace(' ', '_') + ".csv", List.of(
                "Team", "Team code", "Specialists", "Face-to-face contacts",
                "Face-to-face contacts per specialist per week", "Weekly target (average)", "Other contacts",
                "Minutes in the community", "Scheduled minutes", "Time in the community (%)", "All employer contacts",
                "Contacts serving participant preferences", "Individualized job search (%)", "Caseload",
                "Caseload per specialist", "Job seekers", "Weeks due for review", "Weeks reviewed",
                "Weeks changed after review"), rows);
    }

    private static List<Object> teamFigures(String name, String code, int specialists, FiguresView f, int due,
                                            int reviewed, int changed) {
        return Arrays.asList(name, code, specialists, f.faceToFaceContacts(), shown(f.faceToFacePerSpecialistWeek()),
                f.weeklyTarget(), f.employerContacts() - f.faceToFaceContacts(), f.communityMinutes(),
                f.scheduledMinutes(), shown(f.communityPercent()), f.employerContacts(), f.contactsServingPreferences(),
                shown(f.individualizedPercent()), f.caseload(), shown(f.caseloadPerSpecialist()), f.jobSeekers(), due,
                reviewed, changed);
    }

    private static List<Object> figures(String displayName, String username, Object hours, Object minutes,
                                        Object target, String leftOut, FiguresView f, Object due, Object reviewed,
                                        Object changed) {
        return Arrays.asList(displayName, username, hours, minutes, target, leftOut, f.faceToFaceContacts(),
                f.employersMetFaceToFace(),
                shown(f.faceToFacePerSpecialistWeek()), f.otherContacts().phone(), f.otherContacts().video(),
                f.otherContacts().email(), f.otherContacts().event(), f.communityMinutes(), f.scheduledMinutes(),
                shown(f.communityPercent()), f.employerContacts(), f.contactsServingPreferences(),
                shown(f.individualizedPercent()),
                f.caseload(), f.jobSeekers(), due, reviewed, changed);
    }

    static CsvTable weekly(String name, PeriodView period, List<WeekView> weeks) {
        return new CsvTable(name + "-weekly-" + period.label().replace(' ', '_') + ".csv", List.of(
                "ISO week", "From", "To", "Face-to-face contacts", "Employers met face to face",
                "Face-to-face contacts per specialist per week", "Other contacts", "Minutes in the community",
                "Time in the community (%)", "Individualized job search (%)", "Specialist-weeks reviewed"),
                weeks.stream().map(w -> Arrays.<Object>asList(w.week(), w.from(), w.to(), w.faceToFaceContacts(),
                        w.employersMetFaceToFace(), shown(w.faceToFacePerSpecialistWeek()), w.otherContacts(),
                        w.communityMinutes(), shown(w.communityPercent()), shown(w.individualizedPercent()),
                        w.specialistWeeksReviewed())).toList());
    }

    static CsvTable scorecard(String name, PeriodView period, List<ScorecardLine> lines) {
        return new CsvTable(name + "-fidelity-" + period.label().replace(' ', '_') + ".csv", List.of(
                "Fidelity item", "Score (1-5)", "How it was scored", "Not scored because", "Inputs"),
                lines.stream().map(l -> Arrays.<Object>asList(l.title(), l.score(), l.rule(), l.notScoredBecause(),
                        l.inputs().entrySet().stream().map(e -> e.getKey() + " = " + shown(e.getValue()))
                                .collect(Collectors.joining("; ")))).toList());
    }

    static CsvTable rapidJobSearch(String name, PeriodView period, RapidJobSearchView rapid) {
        List<List<Object>> rows = new ArrayList<>();
        rapid.reached().forEach(r -> rows.add(Arrays.asList("Reached", r.participantId(), r.alias(), r.enrolledOn(),
                r.firstFaceToFace(), null, r.days())));
        rapid.waiting().forEach(w -> rows.add(Arrays.asList("Still waiting", w.participantId(), w.alias(),
                w.enrolledOn(), null, w.countedTo(), w.daysWaited())));
        return new CsvTable(name + "-first-contacts-" + period.label().replace(' ', '_') + ".csv", List.of(
                "First face-to-face employer contact", "Participant id", "Alias", "Enrolled",
                "First contact on", "Still waiting on (days counted to)", "Days from enrolment"), rows);
    }

    static CsvTable reviews(String name, PeriodView period, List<ReviewView> reviews) {
        return new CsvTable(name + "-reviews-" + period.label().replace(' ', '_') + ".csv", List.of(
                "Specialist", "ISO week", "Review", "Signed off by", "Signed off at",
                "Face-to-face contacts at sign-off", "Changed after review at", "Changed by", "Changed visit",
                "Visit revision"),
                reviews.stream().map(r -> Arrays.<Object>asList(r.specialist(), r.week(), switch (r.status()) {
                    case SIGNED_OFF -> "Signed off";
                    case CHANGED_AFTER_REVIEW -> "Changed after review";
                    case NOT_REVIEWED -> "Not reviewed";
                }, r.signedBy(), r.signedAt(), r.faceToFaceContactsAtSignOff(), r.changedAt(), r.changedBy(),
                        r.changedVisitId(), r.changedRevision())).toList());
    }

    /**
     * A banded figure exactly as the JSON shows it (30.0, 64.98): the CSV's usual two decimals could round 64.995 onto
     * the band edge and contradict the score.
     */
    private static String shown(Double figure) {
        return figure == null ? null : BigDecimal.valueOf(figure).toPlainString();
    }

    private static String shown(Object value) {
        return value instanceof long[] counts ? Arrays.toString(counts) : String.valueOf(value);
    }
}
