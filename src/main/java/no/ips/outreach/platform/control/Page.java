package no.ips.outreach.platform.control;

import java.util.List;
import java.util.function.Function;

/** One page of a sorted list, with the total so that clients can show "41-60 of 152". */
public record Page<T>(List<T> items, long total, int offset, int limit, Integer nextOffset) {

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        int next = request.offset() + items.size();
        return new Page<>(items, total, request.offset(), request.limit(), next < total ? next : null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, offset, limit, nextOffset);
    }
}
