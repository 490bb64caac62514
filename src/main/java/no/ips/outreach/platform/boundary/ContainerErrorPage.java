package no.ips.outreach.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;

/**
 * Errors the servlet container raises itself, outside JAX-RS (a path no servlet serves, a method the static files do
 * not take, an exception a servlet lets escape), would otherwise be Payara's HTML "Error report". web.xml sends every
 * one of them here, so that they have the API's one problem+json shape. Errors Grizzly answers before the request
 * reaches the application (a NUL in the path, a header over 8 KB, an unknown HTTP version, TRACE) never come here:
 * Payara answers those with an empty body.
 */
@WebServlet("/errors/problem")
public class ContainerErrorPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ContainerErrorPage.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : HttpServletResponse.SC_NOT_FOUND;
        // outside JAX-RS no language filter ran: the request's own Accept-Language, else the default
        Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language")).orElse(Language.DEFAULT);
        Problem problem = problem(status, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), language);
        response.setHeader("Content-Language", language.code());
        response.setStatus(status);
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED && !response.containsHeader("Allow")) {
            // the static files' servlet refuses a POST without saying what it takes
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }

    private static Problem problem(int status, Throwable exception, Language language) {
        if (status >= 500 && exception != null) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
            return problem(status, language, "problem.title.internal", "problem.internal.detail", incident);
        }
        return switch (status) {
            case 400 -> problem(status, language, "problem.title.bad-request", "problem.container.bad-request");
            case 403 -> problem(status, language, "problem.title.forbidden", "problem.container.forbidden");
            case 404 -> problem(status, language, "problem.title.not-found", "problem.no-such-resource");
            case 405 -> problem(status, language, "problem.title.method-not-allowed", "problem.method-not-allowed");
            case 501 -> problem(status, language, "problem.title.not-implemented", "problem.container.not-implemented");
            default -> problem(status, language, status >= 500 ? "problem.title.internal" : "problem.title.error",
                    "problem.container.status", String.valueOf(status));
        };
    }

    private static Problem problem(int status, Language language, String title, String detail, Object... arguments) {
        return Problem.of(status, Messages.get(language, title), Messages.get(language, detail, arguments));
    }
}
