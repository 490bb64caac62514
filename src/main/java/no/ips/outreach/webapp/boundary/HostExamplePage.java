package no.ips.outreach.webapp.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.ips.outreach.platform.dev.DevMode;

/**
 * Dev mode only: an example of a host system's page that embeds one of the app's components (the employer card for
 * an organisation number) and passes it a token. Outside dev mode it does not exist (404), like the dev sign-in.
 */
@WebServlet(urlPatterns = "/dev/host-example")
public class HostExamplePage extends HttpServlet {

    static final String TEMPLATE = "/WEB-INF/app/host-example.html";

    private volatile PageTemplate template;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!DevMode.active()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PageTemplate page = template();
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' '" + page.importMapHash()
                + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'none'; frame-ancestors 'self'");
        response.getWriter().write(page.html());
    }

    private PageTemplate template() throws IOException {
        if (template == null) {
            try (InputStream in = getServletContext().getResourceAsStream(TEMPLATE)) {
                if (in == null) {
                    throw new IOException("The example host page " + TEMPLATE + " is missing from the WAR");
                }
                template = PageTemplate.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return template;
    }
}
