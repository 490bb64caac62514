package no.ips.outreach.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that fails at commit (the database going down, say) reaches JAX-RS as a TransactionalException.
 * Jersey brings its own mapper for that type, which ends in the server's HTML error page; this one, preferred by
 * its priority, answers like every other failure.
 */
@Provider
@Priority(1)
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(TransactionalException exception) {
        return unexpected.toResponse(exception);
    }
}
