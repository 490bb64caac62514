package no.ips.outreach.platform.problem;

import java.util.List;

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
        return new ProblemException(Problem.of(400, "Bad request", detail));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("about:blank", "Invalid input", 400,
                "Some fields are not valid; see errors.", errors));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "Not found", what + " " + id + " does not exist."));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "Not possible", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "Precondition failed", detail));
    }

    /** Optimistic locking made visible: the client's ETag names an older version than the stored one. */
    public static void requireVersion(String what, long actual, long expected) {
        if (actual != expected) {
            throw preconditionFailed("This " + what + " was changed since you read it (your version " + expected
                    + ", now " + actual + "). Read it again and repeat your change.");
        }
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(Problem.of(428, "Precondition required", detail));
    }
}
