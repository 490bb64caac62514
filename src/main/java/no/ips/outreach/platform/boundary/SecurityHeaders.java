package no.ips.outreach.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no content sniffing (a JSON or CSV answer is never run as a page) and no referrer
 * leaving the service (URLs name participants' ids). Every API answer, the printable worksheet included, gets a
 * policy that lets it run nothing at all; the web app's page sets its own (see {@code AppPage}).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Content-Security-Policy", HTML_POLICY);
        }
        chain.doFilter(request, response);
    }
}
