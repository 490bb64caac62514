package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.ips.outreach.platform.problem.Problem;

/**
 * {@link BearerAuthentication} answers 401 when a token fails verification (bad signature, wrong issuer or audience,
 * expired), before JAX-RS runs. web.xml routes that answer here so it has the same problem+json shape as every other
 * error.
 */
@WebServlet("/errors/unauthorized")
public class UnauthorizedPage extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"outreach\", error=\"invalid_token\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        // an error dispatch, outside the language filter: the header decides (an invalid token has no preference)
        Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language")).orElse(Language.DEFAULT);
        response.getWriter().write(JSON.toJson(Problem.of(401, Messages.get(language, "problem.title.unauthorized"),
                Messages.get(language, "problem.token-invalid"))));
    }
}
