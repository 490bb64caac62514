package no.ips.outreach.webapp.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cache and compression headers for the web app's files. WebJar URLs carry the library's version, so they never
 * change and are cached for a year; the app's own modules and the service worker keep one URL across releases, so
 * the browser revalidates them (the container answers 304 when unchanged). Text is sent gzip-compressed to clients
 * that accept it.
 */
@WebFilter(urlPatterns = {"", "/index.html", "/sw.js", "/manifest.webmanifest", "/app/*", "/webjars/*"})
public class AssetDelivery extends HttpFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        response.setHeader("Cache-Control", path.startsWith("/webjars/") ? IMMUTABLE : REVALIDATE);
        if (!GzipResponse.wanted(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        GzipResponse compressed = new GzipResponse(response);
        try {
            chain.doFilter(request, compressed);
        } finally {
            compressed.finish();
        }
    }
}
