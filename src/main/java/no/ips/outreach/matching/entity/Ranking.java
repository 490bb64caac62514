package no.ips.outreach.matching.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collector;

/**
 * The best of many candidates: candidates are appraised (numbers only) from the highest possible score down, the top
 * {@code limit} are kept in a bounded heap, and only those get their explanations written. Large groups are split
 * across the cores, each part keeping its own top, merged at the end. Ties go to the lower id, so a ranking is stable.
 */
public final class Ranking {

    /** Below this many candidates, splitting the work costs more than it saves. */
    static final int PARALLEL_FROM = 10_000;
    private static final int MAX_SCORE = 100;

    /** A candidate with its explained match. */
    public record Ranked<T>(T candidate, Match match) {
    }

    private record Appraised<T>(T candidate, long id, Appraisal appraisal) {
    }

    private Ranking() {
    }

    /**
     * The best {@code limit} candidates, explained. Candidates are visited from the highest {@code upperBound} (the
     * most each could score, 0-100) down, and the visit stops once the worst one kept beats every bound left; when excluded candidates are not
     * wanted, those {@code certainlyExcluded} are never appraised. With {@link Matcher#upperBound} and
     * {@link Matcher#certainlyExcluded}, most candidates are never fully appraised.
     */
    public static <T> List<Ranked<T>> best(Collection<T> candidates, Function<T, Appraisal> appraise,
                                           ToIntFunction<T> upperBound, Predicate<T> certainlyExcluded,
                                           ToLongFunction<T> id, boolean includeExcluded, int limit) {
        List<List<T>> byBound = new ArrayList<>(MAX_SCORE + 1);
        for (int bound = 0; bound <= MAX_SCORE; bound++) {
            byBound.add(new ArrayList<>());
        }
        for (T candidate : candidates) {
            if (includeExcluded || !certainlyExcluded.test(candidate)) {
                byBound.get(Math.max(0, Math.min(MAX_SCORE, upperBound.applyAsInt(candidate)))).add(candidate);
            }
        }
        Comparator<Appraised<T>> worstFirst = worstFirst();
        Top<T> top = new Top<>(limit, worstFirst);
        for (int bound = MAX_SCORE; bound >= 0; bound--) {
            if (top.full() && bound < top.worstScore()) {
                break;
            }
            List<T> bucket = byBound.get(bound);
            if (bucket.size() >= PARALLEL_FROM) {
                top.merge(bucket.parallelStream().collect(Collector.of(() -> new Top<>(limit, worstFirst),
                        (part, candidate) -> part.offer(candidate, appraise, id, includeExcluded), Top::merge)));
            } else {
                for (T candidate : bucket) {
                    top.offer(candidate, appraise, id, includeExcluded);
                }
            }
        }
        return explained(top, worstFirst);
    }

    private static <T> Comparator<Appraised<T>> worstFirst() {
        return Comparator.comparingInt((Appraised<T> a) -> a.appraisal().score())
                .thenComparing(Comparator.comparingLong((Appraised<T> a) -> a.id()).reversed());
    }

    private static <T> List<Ranked<T>> explained(Top<T> top, Comparator<Appraised<T>> worstFirst) {
        List<Appraised<T>> best = new ArrayList<>(top.heap);
        best.sort(worstFirst.reversed());
        return best.stream().map(a -> new Ranked<>(a.candidate(), a.appraisal().explained())).toList();
    }

    /** A bounded min-heap of the best so far: the worst kept one is at the head, ready to be replaced. */
    private static final class Top<T> {

        private final int limit;
        private final Comparator<Appraised<T>> worstFirst;
        private final PriorityQueue<Appraised<T>> heap;

        Top(int limit, Comparator<Appraised<T>> worstFirst) {
            this.limit = limit;
            this.worstFirst = worstFirst;
            this.heap = new PriorityQueue<>(Math.max(1, Math.min(limit, 1024)), worstFirst);
        }

        boolean full() {
            return heap.size() >= limit;
        }

        int worstScore() {
            return heap.peek().appraisal().score();
        }

        void offer(T candidate, Function<T, Appraisal> appraise, ToLongFunction<T> id, boolean includeExcluded) {
            Appraisal appraisal = appraise.apply(candidate);
            if (!includeExcluded && appraisal.excluded()) {
                return;
            }
            if (heap.size() < limit) {
                heap.add(new Appraised<>(candidate, id.applyAsLong(candidate), appraisal));
            } else if (appraisal.score() >= heap.peek().appraisal().score()) {
                // most candidates fall below the worst kept one and cost no allocation here
                add(new Appraised<>(candidate, id.applyAsLong(candidate), appraisal));
            }
        }

        private void add(Appraised<T> appraised) {
            if (heap.size() < limit) {
                heap.add(appraised);
            } else if (worstFirst.compare(appraised, heap.peek()) > 0) {
                heap.poll();
                heap.add(appraised);
            }
        }

        Top<T> merge(Top<T> other) {
            other.heap.forEach(this::add);
            return this;
        }
    }
}
