package no.ips.outreach.platform.control;

import no.ips.outreach.platform.language.Messages;
import java.util.Set;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * Offset paging with a whitelisted sort key. {@code sort=name} sorts ascending, {@code sort=-name} descending.
 * A limit above {@value #MAX_LIMIT} is refused rather than silently cut, so a client never mistakes a short page
 * for the whole list.
 */
public record PageRequest(int offset, int limit, String sortKey, boolean descending) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest parse(String offset, String limit, String sort, Set<String> sortKeys, String defaultSort) {
        int parsedOffset = QueryParams.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        int parsedLimit = QueryParams.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        String effective = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean descending = effective.startsWith("-");
        String key = descending ? effective.substring(1) : effective;
        if (!sortKeys.contains(key)) {
            throw ProblemException.invalid("sort", Messages.get("query.sort", String.join(", ", sortKeys.stream().sorted().toList())));
        }
        return new PageRequest(parsedOffset, parsedLimit, key, descending);
    }
}
