package no.ips.outreach.audit.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.ScorecardLine;
import no.ips.outreach.platform.boundary.CsvTable;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;

/** The report's tables as a spreadsheet user reads them: one header row in words of the reader's language, one row per line. */
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
            rows.add(figures(Messages.get("csv.all-specialists"), null, null, null, report.totals().weeklyTarget(),
                    report.leftOutOfContactRate().isEmpty() ? null
                            : Messages.get("csv.left-out", report.leftOutOfContactRate().size()),
                    report.totals(), null, null, null));
        }
        return new CsvTable(name + "-" + report.period().label().replace(' ', '_') + ".csv", List.of(
                h("specialist"), h("username"), h("weekly-hours"), h("weekly-minutes"), h("weekly-target"),
                h("left-out-because"), h("face-to-face"), h("employers-met"), h("face-to-face-per-week"),
                h("phone"), h("video"), h("email"), h("event"),
                h("community-minutes"), h("scheduled-minutes"), h("community-percent"),
                h("all-contacts"), h("serving-preferences"), h("individualized-percent"),
                h("caseload"), h("job-seekers"), h("weeks-due"), h("weeks-reviewed"), h("weeks-changed")),
                rows);
    }

    static CsvTable national(NationalReportView report) {
        List<List<Object>> rows = new ArrayList<>();
        for (TeamLineView line : report.teams()) {
            rows.add(teamFigures(line.name(), line.code(), line.specialists(), line.figures(), line.weeksDue(),
                    line.weeksReviewed(), line.weeksChangedAfterReview()));
        }
        rows.add(teamFigures(Messages.get("csv.all-teams"), null, report.teams().stream().mapToInt(TeamLineView::specialists).sum(),
                report.totals(), report.weeksDue(), report.weeksReviewed(), report.weeksChangedAfterReview()));
        return new CsvTable("national-" + report.period().label().replace(' ', '_') + ".csv", List.of(
                h("team"), h("team-code"), h("specialists"), h("face-to-face"),
                h("face-to-face-per-specialist-week"), h("weekly-target-average"), h("other-contacts"),
                h("community-minutes"), h("scheduled-minutes"), h("community-percent"), h("all-contacts"),
                h("serving-preferences"), h("individualized-percent"), h("caseload"),
                h("caseload-per-specialist"), h("job-seekers"), h("weeks-due"), h("weeks-reviewed"),
                h("weeks-changed")), rows);
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
                h("iso-week"), h("from"), h("to"), h("face-to-face"), h("employers-met"),
                h("face-to-face-per-specialist-week"), h("other-contacts"), h("community-minutes"),
                h("community-percent"), h("individualized-percent"), h("specialist-weeks-reviewed")),
                weeks.stream().map(w -> Arrays.<Object>asList(w.week(), w.from(), w.to(), w.faceToFaceContacts(),
                        w.employersMetFaceToFace(), shown(w.faceToFacePerSpecialistWeek()), w.otherContacts(),
                        w.communityMinutes(), shown(w.communityPercent()), shown(w.individualizedPercent()),
                        w.specialistWeeksReviewed())).toList());
    }

    static CsvTable scorecard(String name, PeriodView period, List<ScorecardLine> lines) {
        return new CsvTable(name + "-fidelity-" + period.label().replace(' ', '_') + ".csv", List.of(
                h("fidelity-item"), h("score"), h("how-scored"), h("not-scored-because"), h("inputs")),
                lines.stream().map(l -> Arrays.<Object>asList(Messages.label(RequestLanguage.current(), l.item()), l.score(), l.rule(), l.notScoredBecause(),
                        l.inputs().entrySet().stream().map(e -> e.getKey() + " = " + shown(e.getValue()))
                                .collect(Collectors.joining("; ")))).toList());
    }

    static CsvTable rapidJobSearch(String name, PeriodView period, RapidJobSearchView rapid) {
        List<List<Object>> rows = new ArrayList<>();
        rapid.reached().forEach(r -> rows.add(Arrays.asList(Messages.get("csv.reached"), r.participantId(), r.alias(),
                r.enrolledOn(), r.firstFaceToFace(), null, r.days())));
        rapid.waiting().forEach(w -> rows.add(Arrays.asList(Messages.get("csv.waiting"), w.participantId(), w.alias(),
                w.enrolledOn(), null, w.countedTo(), w.daysWaited())));
        return new CsvTable(name + "-first-contacts-" + period.label().replace(' ', '_') + ".csv", List.of(
                h("first-contact"), h("participant-id"), h("alias"), h("enrolled"),
                h("first-contact-on"), h("counted-to"), h("days-from-enrolment")), rows);
    }

    static CsvTable reviews(String name, PeriodView period, List<ReviewView> reviews) {
        return new CsvTable(name + "-reviews-" + period.label().replace(' ', '_') + ".csv", List.of(
                h("specialist"), h("iso-week"), h("review"), h("signed-by"), h("signed-at"),
                h("face-to-face-at-sign-off"), h("changed-at"), h("changed-by"), h("changed-visit"),
                h("visit-revision")),
                reviews.stream().map(r -> Arrays.<Object>asList(r.specialist(), r.week(), Messages.label(RequestLanguage.current(), r.status()), r.signedBy(), r.signedAt(), r.faceToFaceContactsAtSignOff(), r.changedAt(), r.changedBy(),
                        r.changedVisitId(), r.changedRevision())).toList());
    }

    /**
     * A banded figure exactly as the JSON shows it (30.0, 64.98), in the file's decimal mark: the CSV's usual two
     * decimals could round 64.995 onto the band edge and contradict the score.
     */
    private static CsvTable.Exact shown(Double figure) {
        return figure == null ? null : new CsvTable.Exact(BigDecimal.valueOf(figure));
    }

    /** A header in the request's language; file names stay English so that scripts can find them. */
    private static String h(String key) {
        return Messages.get("csv.h." + key);
    }

    private static String shown(Object value) {
        return value instanceof long[] counts ? Arrays.toString(counts) : String.valueOf(value);
    }
}
