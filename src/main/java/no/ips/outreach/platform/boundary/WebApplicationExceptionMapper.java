package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods and media types keep their status but speak problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        String title = switch (status) {
            case 404 -> Messages.get("problem.title.not-found");
            case 405 -> Messages.get("problem.title.method-not-allowed");
            case 406 -> Messages.get("problem.title.not-acceptable");
            case 415 -> Messages.get("problem.title.unsupported-media-type");
            default -> original.getStatusInfo().getReasonPhrase();
        };
        String detail = switch (status) {
            case 404 -> Messages.get("problem.no-such-resource");
            case 405 -> Messages.get("problem.method-not-allowed");
            case 406 -> Messages.get("problem.not-acceptable");
            case 415 -> Messages.get("problem.unsupported-media-type");
            default -> title;
        };
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(Problem.of(status, title, detail)));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}
