package no.ips.outreach.platform.boundary;

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
        String title = original.getStatusInfo().getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not accept that method.";
            case 406 -> "This resource cannot answer in the requested media type.";
            case 415 -> "Send the request body as application/json.";
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
