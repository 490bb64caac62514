package no.ips.outreach.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import no.ips.outreach.platform.embed.EmbedSettings;
import org.eclipse.microprofile.config.ConfigProvider;
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
            + "base-uri 'none'; form-action 'none'; frame-ancestors ";

    private String apiPolicy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        // a host that frames the app may frame what it opens from the API too (the printable worksheet)
        apiPolicy = HTML_POLICY + EmbedSettings.from(ConfigProvider.getConfig()).frameAncestors();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Content-Security-Policy", apiPolicy);
        }
        chain.doFilter(request, response);
    }
}
