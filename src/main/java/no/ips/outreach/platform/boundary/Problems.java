package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.problem.Problem;
import jakarta.ws.rs.core.Response;

/** Turns a {@link Problem} into a response. */
final class Problems {

    private Problems() {
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
