package no.ips.outreach.webapp.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.ips.outreach.platform.dev.DevMode;
import no.ips.outreach.platform.embed.EmbedSettings;
import no.ips.outreach.platform.signin.control.SignInSettings;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the web app's one page at {@code /}. The page is rendered from the WAR's template with the deployment's
 * settings (map tiles, dev sign-in) and is never cached, so a new release is picked up on the next load; everything
 * it loads has a versioned URL or is revalidated.
 */
@WebServlet(urlPatterns = {"", "/index.html"})
public class AppPage extends HttpServlet {

    static final String TEMPLATE = "/WEB-INF/app/index.html";

    @Inject
    @ConfigProperty(name = "outreach.ui.tile-url", defaultValue = TilePolicy.DEFAULT_TILE_URL)
    String tileUrl;

    private volatile PageTemplate template;

    /** Whether the app signs in through the organisation's identity provider (outreach.oidc.issuer). */
    private final boolean organisationSignIn = SignInSettings.from(ConfigProvider.getConfig()).enabled();

    /** Read once: a policy that is not valid stops the deployment (see EmbedSettings). */
    private final String frameAncestors = EmbedSettings.from(ConfigProvider.getConfig()).frameAncestors();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        PageTemplate page = template();
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.forApp(page.importMapHash(), tileUrl, frameAncestors));
        response.getWriter().write(page.render(tileUrl, DevMode.active(), organisationSignIn));
    }

    private PageTemplate template() throws IOException {
        if (template == null) {
            try (InputStream in = getServletContext().getResourceAsStream(TEMPLATE)) {
                if (in == null) {
                    throw new IOException("The web app's page " + TEMPLATE + " is missing from the WAR");
                }
                template = PageTemplate.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return template;
    }
}
