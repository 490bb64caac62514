package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.RequestLanguage;
import no.ips.outreach.platform.language.Messages;
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
 * The last line: lost optimistic races become 412, constraint races 409, an unreachable database or a full disk 503, and anything
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
                    Messages.get("problem.concurrent-change")).problem());
        }
        if (DiskFull.causes(exception)) {
            return DiskFull.response(exception);
        }
        if (DatabaseOutage.causes(exception)) {
            return DatabaseOutage.response();
        }
        if (Causes.find(exception, SQLIntegrityConstraintViolationException.class).isPresent()) {
            return Problems.response(ProblemException.conflict(
                    Messages.get("problem.constraint-race")).problem());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.response(Problem.of(500, Messages.get(RequestLanguage.requested(), "problem.title.internal"),
                Messages.get(RequestLanguage.requested(), "problem.internal.detail", incident)));
    }
}
