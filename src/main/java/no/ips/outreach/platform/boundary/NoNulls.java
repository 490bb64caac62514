package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.Messages;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import no.ips.outreach.platform.problem.ProblemException;

/** A JSON array with a null in it is bad input (400 naming the element), never a NullPointerException later. */
public final class NoNulls {

    private NoNulls() {
    }

    public static void in(String field, List<?> values) {
        for (int i = 0; values != null && i < values.size(); i++) {
            if (values.get(i) == null) {
                throw ProblemException.invalid(field + "[" + i + "]", Messages.get("outreach.v.NotNull"));
            }
        }
    }

    public static void in(String field, Collection<?> values) {
        // a JSON array read into a set has lost its order, so the element cannot be named by its index
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            throw ProblemException.invalid(field, Messages.get("problem.no-nulls"));
        }
    }
}
