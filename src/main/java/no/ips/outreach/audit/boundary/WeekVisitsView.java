package no.ips.outreach.audit.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.NotCounted;
import no.ips.outreach.audit.entity.WeekVisit;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * The visits behind one specialist-week's figures: every visit that touches the week (void ones too), each with
 * whether it counted toward the face-to-face contacts and toward the time in the community, and why not when it did
 * not. The totals are the week's figures in the specialist's report, counted again from these visits.
 */
public record WeekVisitsView(String specialist, String week, LocalDate monday, LocalDate sunday, Totals totals,
                             List<Entry> visits) {

    /** @param visits every visit listed; {@code voided} of them void */
    public record Totals(long visits, long voided, long faceToFaceContacts, long communityMinutes) {
    }

    /**
     * Whether the visit counted toward a figure; when not, {@code reason} is a stable code and {@code explanation}
     * says it in plain words.
     */
    public record Counted(boolean counts, NotCounted reason, String explanation) {

        static Counted of(Optional<NotCounted> exclusion) {
            return exclusion.map(reason -> new Counted(false, reason, reason.explanation()))
                    .orElse(new Counted(true, null, null));
        }
    }

    public record Voided(Instant at, String by, String reason) {
    }

    /** @param communityMinutes what the visit added to the week's time in the community: meeting plus travel, or 0 */
    public record Entry(long visitId, long employerId, String employerName, Instant startedAt, LocalDate day,
                        VisitMode mode, int meetingMinutes, int travelMinutes, int qualityLevel, Voided voided,
                        Counted faceToFace, Counted community, long communityMinutes) {
    }

    static WeekVisitsView of(String specialist, IsoWeek week, List<WeekVisit> visits, Map<Long, String> employerNames) {
        List<Entry> entries = visits.stream().map(v -> new Entry(v.visitId(), v.employerId(),
                employerNames.get(v.employerId()), v.startedAt(), v.facts().day(), v.facts().mode(),
                v.facts().meetingMinutes(), v.facts().travelMinutes(), v.facts().quality().level(),
                v.voided() == null ? null : new Voided(v.voided().at(), v.voided().by(), v.voided().reason()),
                Counted.of(v.faceToFaceExclusion(week)), Counted.of(v.communityExclusion(week)),
                v.communityMinutesCounted(week))).toList();
        return new WeekVisitsView(specialist, week.toString(), week.monday(), week.sunday(), new Totals(entries.size(),
                entries.stream().filter(e -> e.voided() != null).count(),
                entries.stream().filter(e -> e.faceToFace().counts()).count(),
                entries.stream().mapToLong(Entry::communityMinutes).sum()), entries);
    }
}
