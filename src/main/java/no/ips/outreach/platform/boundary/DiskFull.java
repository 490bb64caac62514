package no.ips.outreach.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Logger;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;
import no.ips.outreach.platform.problem.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The embedded H2's disk is full (ENOSPC, or EFBIG when a file-size limit is reached): not the client's fault nor a
 * bug, and nothing was saved. Told by the failure's causes, or, since a failed commit arrives without them, by the
 * free space beside the embedded database file. A 503 the client may retry once an operator has freed space, and one plain log line
 * for the operator. H2 closes its database after a failed write and the next connection opens it again; what H2 had
 * written before stays (DiskFullIT), but see docs/operations.md for what it loses.
 */
final class DiskFull {

    private static final String H2_FILE = "jdbc:h2:file:";
    private static final Logger LOG = Logger.getLogger(DiskFull.class.getName());
    /** H2's DATABASE_IS_CLOSED: what every statement meets after a failed write closed the database. */
    private static final int H2_DATABASE_IS_CLOSED = 90098;

    private DiskFull() {
    }

    /** Less than this free beside the embedded database is a full disk, for H2's purposes. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    static boolean causes(Throwable exception) {
        // a failed commit reaches the application as a bare SystemException; its cause is only in Payara's log
        if (embeddedDiskNearlyFull()) {
            return true;
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("File too large")
                    || t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IS_CLOSED)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the service runs on the embedded H2 and the file system of its file has (almost) no space left. */
    static boolean embeddedDiskNearlyFull() {
        try {
            String url = ConfigProvider.getConfig().getOptionalValue("outreach.db.url", String.class).orElse("");
            if (!url.startsWith(H2_FILE)) {
                return false;
            }
            int options = url.indexOf(';');
            Path file = Path.of(url.substring(H2_FILE.length(), options < 0 ? url.length() : options)).toAbsolutePath();
            return Files.getFileStore(file.getParent()).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }

    static Response response(Throwable exception) {
        LOG.severe("The database could not write: its disk is full or a file-size limit was reached. Free space; "
                + "writes then succeed by themselves (an H2 URL without WRITE_DELAY=0, unlike the default, needs a "
                + "restart as well: H2 may not keep what it is given after it reopened). (" + exception + ")");
        return Response.fromResponse(Problems.response(Problem.of(503,
                        Messages.get(RequestLanguage.requested(), "problem.title.unavailable"),
                        Messages.get(RequestLanguage.requested(), "problem.disk-full.detail"))))
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS * 6).build();
    }
}
