package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413, whether or not they declare a length. The host
 * system's bulk participant sync may send up to {@value #BULK_MAX_BYTES} (about 70,000 rows).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimitFilter implements ContainerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;
    static final int BULK_MAX_BYTES = 16 * 1024 * 1024;
    private static final String BULK_PATH = "participants/by-ref";

    @Override
    public void filter(ContainerRequestContext request) {
        boolean bulk = "POST".equals(request.getMethod())
                && BULK_PATH.equals(trimSlashes(request.getUriInfo().getPath()));
        int limit = bulk ? BULK_MAX_BYTES : MAX_BYTES;
        if (request.getLength() > limit) {
            throw new TooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private static String trimSlashes(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    static class TooLarge extends ProblemException {
        TooLarge(int limit) {
            super(Problem.of(413, Messages.get("problem.title.too-large"),
                    Messages.get("problem.too-large.detail", String.valueOf(limit / 1024))));
        }
    }

    private static class Limited extends FilterInputStream {
        private final int limit;
        private long read;

        Limited(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
