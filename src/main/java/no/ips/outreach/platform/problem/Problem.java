package no.ips.outreach.platform.problem;

import java.util.List;

/**
 * The one error shape of the API (RFC 9457 application/problem+json).
 * {@code errors} lists each offending field with a message a specialist can act on.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }
}
