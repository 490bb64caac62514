package no.ips.outreach.matching.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The best of many candidates: every candidate is appraised (numbers only), the top {@code limit} are kept in a
 * bounded heap, and only those get their explanations written. Ties go to the lower id, so a ranking is stable.
 */
public final class Ranking {

    /** A candidate with its explained match. */
    public record Ranked<T>(T candidate, Match match) {
    }

    private record Appraised<T>(T candidate, long id, Appraisal appraisal) {
    }

    private Ranking() {
    }

    public static <T> List<Ranked<T>> best(Collection<T> candidates, Function<T, Appraisal> appraise, ToLongFunction<T> id,
                                           boolean includeExcluded, int limit) {
        Comparator<Appraised<T>> worstFirst = Comparator.comparingInt((Appraised<T> a) -> a.appraisal().score())
                .thenComparing(Comparator.comparingLong((Appraised<T> a) -> a.id()).reversed());
        PriorityQueue<Appraised<T>> top = new PriorityQueue<>(Math.max(1, Math.min(limit, 1024)), worstFirst);
        for (T candidate : candidates) {
            Appraisal appraisal = appraise.apply(candidate);
            if (!includeExcluded && appraisal.excluded()) {
                continue;
            }
            if (top.size() < limit) {
                top.add(new Appraised<>(candidate, id.applyAsLong(candidate), appraisal));
            } else if (appraisal.score() >= top.peek().appraisal().score()) {
                // most candidates fall below the worst kept one and cost no allocation here
                Appraised<T> appraised = new Appraised<>(candidate, id.applyAsLong(candidate), appraisal);
                if (worstFirst.compare(appraised, top.peek()) > 0) {
                    top.poll();
                    top.add(appraised);
                }
            }
        }
        List<Appraised<T>> best = new ArrayList<>(top);
        best.sort(worstFirst.reversed());
        return best.stream().map(a -> new Ranked<>(a.candidate(), a.appraisal().explained())).toList();
    }
}
