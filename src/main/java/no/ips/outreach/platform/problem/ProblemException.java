package no.ips.outreach.platform.problem;

import java.util.List;
import java.util.Locale;
import no.ips.outreach.platform.language.Messages;

/** A request the service refuses, with the problem the client gets back. Nothing was changed. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, Messages.get("problem.title.bad-request"), detail));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("about:blank", Messages.get("problem.title.invalid"), 400,
                Messages.get("problem.invalid.detail"), errors));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, Messages.get("problem.title.not-found"),
                capitalised(Messages.get("problem.not-found.detail", thing(what), String.valueOf(id)))));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, Messages.get("problem.title.conflict"), detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, Messages.get("problem.title.not-possible"), detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, Messages.get("problem.title.forbidden"), detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, Messages.get("problem.title.precondition-failed"), detail));
    }

    /** Optimistic locking made visible: the client's ETag names an older version than the stored one. */
    public static void requireVersion(String what, long actual, long expected) {
        if (actual != expected) {
            throw preconditionFailed(Messages.get("problem.stale-version", thing(what), String.valueOf(expected), String.valueOf(actual)));
        }
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(Problem.of(428, Messages.get("problem.title.precondition-required"), detail));
    }

    /** "participant's record" is the bundle's {@code thing.participants-record}; an unknown thing keeps its words. */
    private static String thing(String what) {
        String key = "thing." + what.toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '-');
        return Messages.has(key) ? Messages.get(key) : what;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
