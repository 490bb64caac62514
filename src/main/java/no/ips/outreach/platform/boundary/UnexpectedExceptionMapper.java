package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: lost optimistic races become 412, constraint races 409, an unreachable database 503, and anything
 * else a 500 whose
 * stack trace stays in the server log under an id the client can quote.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        var problem = Causes.find(exception, ProblemException.class);
        if (problem.isPresent()) {
            return Problems.response(problem.get().problem());
        }
        if (Causes.anyNamed(exception, "OptimisticLockException")) {
            return Problems.response(ProblemException.preconditionFailed(
                    "Someone else changed this record at the same time. Read it again and repeat your change.").problem());
        }
        if (DatabaseOutage.causes(exception)) {
            return DatabaseOutage.response();
        }
        if (Causes.find(exception, SQLIntegrityConstraintViolationException.class).isPresent()) {
            return Problems.response(ProblemException.conflict(
                    "The change conflicts with data saved at the same time. Read again and retry.").problem());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.response(Problem.of(500, "Internal error",
                "The service failed unexpectedly. Nothing you can fix in the request; quote incident " + incident + "."));
    }
}
