package no.ips.outreach.platform.security;

import jakarta.servlet.ServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The request's verified token, kept as a request attribute: an attribute is seen through every wrapper of the
 * request, so a filter that ran before authentication, or CDI's view of the request, finds it as well.
 */
public final class CallerToken {

    private static final String ATTRIBUTE = CallerToken.class.getName();

    private CallerToken() {
    }

    public static void attach(ServletRequest request, JsonWebToken token) {
        request.setAttribute(ATTRIBUTE, token);
    }

    /** The verified token, or null on a request that came without one. */
    public static JsonWebToken of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof JsonWebToken token ? token : null;
    }
}
