package no.ips.outreach.audit.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * The longest visits and the longest days behind a time-in-the-community figure, so that a reviewer sees whether a few
 * long entries carry it. The visit log keeps each of them within its limits (8 hours' meeting, 12 for an event, 4
 * hours' travel, 12 hours in a day); this shows how much each one weighs.
 *
 * @param communityMinutes the figure they feed: meeting plus travel minutes of in-person visits and events
 */
public record CommunityOutliers(long communityMinutes, List<LongVisit> longestVisits, List<LongDay> longestDays) {

    /** How many of each are shown: enough to see whether the figure leans on a few. */
    public static final int SHOWN = 5;

    public record LongVisit(long visitId, String specialist, Instant startedAt, VisitMode mode, int meetingMinutes,
                            int travelMinutes, int communityMinutes) {
    }

    public record LongDay(String specialist, LocalDate day, int visits, long communityMinutes) {
    }

    private record SpecialistDay(String specialist, LocalDate day) {
    }

    /** The longest first; equally long ones in time order. Contacts that took nobody out count for nothing here. */
    public static CommunityOutliers of(Collection<LoggedContact> contacts) {
        List<LoggedContact> out = contacts.stream().filter(c -> c.facts().communityMinutes() > 0).toList();
        List<LongVisit> visits = out.stream()
                .sorted(Comparator.comparingInt((LoggedContact c) -> -c.facts().communityMinutes())
                        .thenComparing(LoggedContact::startedAt).thenComparingLong(LoggedContact::visitId))
                .limit(SHOWN)
                .map(c -> new LongVisit(c.visitId(), c.specialist(), c.startedAt(), c.facts().mode(),
                        c.facts().meetingMinutes(), c.facts().travelMinutes(), c.facts().communityMinutes()))
                .toList();
        Map<SpecialistDay, long[]> days = new TreeMap<>(Comparator.comparing(SpecialistDay::day)
                .thenComparing(SpecialistDay::specialist));
        for (LoggedContact c : out) {
            long[] day = days.computeIfAbsent(new SpecialistDay(c.specialist(), c.facts().day()), key -> new long[2]);
            day[0]++;
            day[1] += c.facts().communityMinutes();
        }
        List<LongDay> longestDays = days.entrySet().stream()
                .map(e -> new LongDay(e.getKey().specialist(), e.getKey().day(), (int) e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong((LongDay d) -> -d.communityMinutes()))
                .limit(SHOWN).toList();
        return new CommunityOutliers(out.stream().mapToLong(c -> c.facts().communityMinutes()).sum(), visits, longestDays);
    }

    /** The share of the figure one part makes, in percent; null when the figure is nothing. */
    public Double percentOf(long minutes) {
        return communityMinutes == 0 ? null : 100.0 * minutes / communityMinutes;
    }
}
