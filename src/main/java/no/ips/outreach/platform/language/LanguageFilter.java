package no.ips.outreach.platform.language;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.ips.outreach.platform.security.CallerToken;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes the request's language known for the whole request, also to exception mappers and to the writers of CSV
 * and calendar bodies, which JAX-RS runs after its own response filters.
 */
@WebFilter(urlPatterns = "/api/*")
public class LanguageFilter extends HttpFilter {

    /** Injected once: looking it up through {@code CDI.current()} on every request cost a bean-manager search. */
    @Inject
    LanguagePreferences preferences;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestLanguage.begin(request.getHeader("Accept-Language"), () -> {
            // read when a word is first written, after BearerAuthentication has run
            JsonWebToken caller = CallerToken.of(request);
            return caller == null ? Optional.empty() : preferences.of(caller.getName());
        });
        response.addHeader("Vary", "Accept-Language");
        try {
            chain.doFilter(request, response);
        } finally {
            RequestLanguage.end();
        }
    }
}
