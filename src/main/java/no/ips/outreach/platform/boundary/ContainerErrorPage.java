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
        Problem problem = problem(status, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
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

    private static Problem problem(int status, Throwable exception) {
        if (status >= 500 && exception != null) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
            return Problem.of(status, "Internal error",
                    "The service failed unexpectedly. Nothing you can fix in the request; quote incident " + incident + ".");
        }
        return switch (status) {
            case 400 -> Problem.of(status, "Bad Request", "The request is not valid HTTP for this service.");
            case 403 -> Problem.of(status, "Forbidden", "This resource is not open to you.");
            case 404 -> Problem.of(status, "Not Found", "There is no such resource.");
            case 405 -> Problem.of(status, "Method Not Allowed", "This resource does not accept that method.");
            case 501 -> Problem.of(status, "Not Implemented", "The service does not know that method.");
            default -> Problem.of(status, status >= 500 ? "Internal error" : "Error", "The request failed with status "
                    + status + ".");
        };
    }
}
