package no.ips.outreach.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;

/** A wrong {@code separator} is a 400 before anything is read, not a failure once the CSV file is being written. */
@Provider
public class CsvFormatFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String separator = request.getUriInfo().getQueryParameters().getFirst(CsvFormat.PARAMETER);
        try {
            CsvFormat.separator(separator);
        } catch (IllegalArgumentException unknown) {
            request.abortWith(Problems.response(ProblemException.invalid(CsvFormat.PARAMETER,
                    Messages.get("csv.separator.unknown", separator)).problem()));
        }
    }
}
