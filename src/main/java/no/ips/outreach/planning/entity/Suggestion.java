package no.ips.outreach.planning.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An employer worth visiting this week, with every reason and the participants it serves. The score (0-100) is the
 * most urgent reason's weight, raised for each day that reason is overdue (up to 9) and for each further reason (5
 * each, up to 10), so an employer that serves several needs at once comes first among equals.
 */
public record Suggestion(long employerId, int score, List<SuggestionCause> causes, Set<Long> participantIds, LocalDate due) {

    static final int MAX_OVERDUE_BONUS = 9;
    static final int PER_EXTRA_REASON = 5;
    static final int MAX_EXTRA_REASON_BONUS = 10;

    /** Causes grouped by employer and ranked: highest score first, then the earliest due, then the lowest employer id. */
    public static List<Suggestion> rank(List<SuggestionCause> causes, LocalDate today) {
        Map<Long, List<SuggestionCause>> byEmployer = new LinkedHashMap<>();
        causes.forEach(cause -> byEmployer.computeIfAbsent(cause.employerId(), id -> new ArrayList<>()).add(cause));
        List<Suggestion> ranked = new ArrayList<>();
        byEmployer.forEach((employerId, forEmployer) -> ranked.add(of(employerId, forEmployer, today)));
        ranked.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(Suggestion::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Suggestion::employerId));
        return ranked;
    }

    private static Suggestion of(long employerId, List<SuggestionCause> causes, LocalDate today) {
        List<SuggestionCause> ordered = new ArrayList<>(causes);
        ordered.sort(Comparator.comparingInt((SuggestionCause c) -> urgency(c, today)).reversed()
                .thenComparing(SuggestionCause::due, Comparator.nullsLast(Comparator.naturalOrder())));
        long reasons = ordered.stream().map(SuggestionCause::reason).distinct().count();
        int score = Math.min(100, urgency(ordered.get(0), today)
                + (int) Math.min(MAX_EXTRA_REASON_BONUS, (reasons - 1) * PER_EXTRA_REASON));
        Set<Long> participants = new TreeSet<>();
        ordered.forEach(cause -> participants.addAll(cause.participantIds()));
        LocalDate due = ordered.stream().map(SuggestionCause::due).filter(d -> d != null).min(Comparator.naturalOrder())
                .orElse(null);
        return new Suggestion(employerId, score, List.copyOf(ordered), Set.copyOf(participants), due);
    }

    private static int urgency(SuggestionCause cause, LocalDate today) {
        long overdue = cause.due() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(cause.due(), today));
        return cause.reason().weight() + (int) Math.min(MAX_OVERDUE_BONUS, overdue);
    }
}
