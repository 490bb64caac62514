package no.ips.outreach.matching.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collector;
import java.util.stream.IntStream;

/**
 * The best of many candidates: candidates are appraised (numbers only) from the highest possible score down, the top
 * {@code limit} are kept in a bounded heap, and only those get their explanations written. Candidates are numbered
 * and sorted by bound with a counting sort into one int array, so that ranking tens of thousands allocates next to
 * nothing. Large groups of equal bound are split across the cores. Ties go to the lower id, so a ranking is stable.
 */
public final class Ranking {

    /** Below this many candidates, splitting the work costs more than it saves. */
    static final int PARALLEL_FROM = 10_000;
    static final int MAX_SCORE = 100;
    /** The bound of a candidate that is left out without being appraised. */
    static final int LEFT_OUT = -1;

    /** A candidate with its explained match. */
    public record Ranked<T>(T candidate, Match match) {
    }

    private record Appraised(int candidate, long id, Appraisal appraisal) {
    }

    private Ranking() {
    }

    /**
     * The best {@code limit} candidates, explained. Candidates are visited from the highest {@code upperBound} (the
     * most each could score, 0-100) down, and the visit stops once the worst one kept beats every bound left; when
     * excluded candidates are not wanted, those {@code certainlyExcluded} are never appraised. With
     * {@link Matcher#upperBound} and {@link Matcher#certainlyExcluded}, most candidates are never fully appraised.
     */
    public static <T> List<Ranked<T>> best(Collection<T> candidates, Function<T, Appraisal> appraise,
                                           ToIntFunction<T> upperBound, Predicate<T> certainlyExcluded,
                                           ToLongFunction<T> id, boolean includeExcluded, int limit) {
        List<T> numbered = List.copyOf(candidates);
        int[] bounds = new int[numbered.size()];
        for (int i = 0; i < bounds.length; i++) {
            T candidate = numbered.get(i);
            bounds[i] = !includeExcluded && certainlyExcluded.test(candidate) ? LEFT_OUT
                    : Math.max(0, Math.min(MAX_SCORE, upperBound.applyAsInt(candidate)));
        }
        return best(bounds, i -> true, i -> appraise.apply(numbered.get(i)), i -> id.applyAsLong(numbered.get(i)),
                includeExcluded, limit).stream().map(ranked -> new Ranked<>(numbered.get(ranked.candidate()), ranked.match()))
                .toList();
    }

    /**
     * The best of candidates numbered 0 to {@code bounds.length - 1}, each with the most it can score (or
     * {@link #LEFT_OUT}), visited from the top bound down; those not {@code eligible} are passed over.
     */
    static List<Ranked<Integer>> best(int[] bounds, IntPredicate eligible, IntFunction<Appraisal> appraise,
                                      IntToLongFunction id, boolean includeExcluded, int limit) {
        int[] start = new int[MAX_SCORE + 2];
        for (int bound : bounds) {
            if (bound != LEFT_OUT) {
                start[bound + 1]++;
            }
        }
        for (int bound = 0; bound <= MAX_SCORE; bound++) {
            start[bound + 1] += start[bound];
        }
        int[] byBound = new int[start[MAX_SCORE + 1]];
        int[] next = start.clone();
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] != LEFT_OUT) {
                byBound[next[bounds[i]]++] = i;
            }
        }
        Candidates candidates = new Candidates(eligible, appraise, id, includeExcluded);
        Top top = new Top(limit);
        for (int bound = MAX_SCORE; bound >= 0; bound--) {
            if (top.full() && bound < top.worstScore()) {
                break;
            }
            int from = start[bound];
            int to = start[bound + 1];
            int atMost = bound;
            if (to - from >= PARALLEL_FROM) {
                top.merge(IntStream.range(from, to).parallel().boxed().collect(Collector.of(() -> new Top(limit),
                        (part, at) -> part.offer(byBound[at], atMost, candidates), Top::merge)));
            } else {
                for (int at = from; at < to; at++) {
                    top.offer(byBound[at], atMost, candidates);
                }
            }
        }
        List<Appraised> best = new ArrayList<>(top.heap);
        best.sort(Top.WORST_FIRST.reversed());
        return best.stream().map(a -> new Ranked<>(a.candidate(), a.appraisal().explained())).toList();
    }

    /** How to judge a numbered candidate. */
    private record Candidates(IntPredicate eligible, IntFunction<Appraisal> appraise, IntToLongFunction id,
                              boolean includeExcluded) {
    }

    /** A bounded min-heap of the best so far: the worst kept one is at the head, ready to be replaced. */
    private static final class Top {

        static final Comparator<Appraised> WORST_FIRST = Comparator.comparingInt((Appraised a) -> a.appraisal().score())
                .thenComparing(Comparator.comparingLong(Appraised::id).reversed());

        private final int limit;
        private final PriorityQueue<Appraised> heap;

        Top(int limit) {
            this.limit = limit;
            this.heap = new PriorityQueue<>(Math.max(1, Math.min(limit, 1024)), WORST_FIRST);
        }

        boolean full() {
            return heap.size() >= limit;
        }

        int worstScore() {
            return heap.peek().appraisal().score();
        }

        /**
         * Appraises the candidate unless it cannot get in: its bound is below the worst kept score, or equal to it
         * with a higher id (ties go to the lower id), which spares appraising long runs of equal scores.
         */
        void offer(int candidate, int bound, Candidates candidates) {
            if (full()) {
                Appraised worst = heap.peek();
                int worstScore = worst.appraisal().score();
                if (bound < worstScore || bound == worstScore && candidates.id().applyAsLong(candidate) > worst.id()) {
                    return;
                }
            }
            if (!candidates.eligible().test(candidate)) {
                return;
            }
            Appraisal appraisal = candidates.appraise().apply(candidate);
            if (!candidates.includeExcluded() && appraisal.excluded()) {
                return;
            }
            add(new Appraised(candidate, candidates.id().applyAsLong(candidate), appraisal));
        }

        private void add(Appraised appraised) {
            if (heap.size() < limit) {
                heap.add(appraised);
            } else if (WORST_FIRST.compare(appraised, heap.peek()) > 0) {
                heap.poll();
                heap.add(appraised);
            }
        }

        Top merge(Top other) {
            other.heap.forEach(this::add);
            return this;
        }
    }
}
