package no.ips.outreach.platform.embed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.ips.outreach.platform.language.Messages;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CORS for host pages on another origin that embed the app's components and pass them a bearer token. Only the
 * origins in {@code outreach.embed.allowed-origins} get the headers; with none configured (the default) the API
 * answers no browser on another origin. No cookies are involved, so credentials are never allowed: the token travels
 * in the Authorization header. A preflight is answered here, before the API's sign-in check, which it cannot pass.
 * The app's modules and WebJars get the same answer, since a host page loads a component's modules across origins.
 */
@WebFilter(urlPatterns = {"/api/*", "/app/*", "/webjars/*"})
public class CrossOriginFilter extends HttpFilter {

    static final String METHODS = "GET, POST, PUT, DELETE";
    static final String REQUEST_HEADERS = "Authorization, Content-Type, Accept, Accept-Language, If-Match, Idempotency-Key";
    static final String EXPOSED = "ETag, Location, Idempotent-Replayed, Retry-After, Content-Disposition";
    /** Ten minutes: a changed allow-list reaches the browsers soon. */
    static final String MAX_AGE = "600";

    private EmbedSettings settings;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        settings = EmbedSettings.from(ConfigProvider.getConfig());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && origin != null
                && request.getHeader("Access-Control-Request-Method") != null;
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Origin");
        if (!settings.allows(origin)) {
            if (preflight) {
                refuse(response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        if (preflight) {
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", REQUEST_HEADERS);
            response.setHeader("Access-Control-Max-Age", MAX_AGE);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("type", "about:blank")
                .add("title", Messages.get("problem.title.forbidden")).add("status", 403)
                .add("detail", Messages.get("host.cors.refused")).build().toString());
    }
}
