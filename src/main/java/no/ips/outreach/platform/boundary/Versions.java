package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** ETags are the entity's optimistic-lock version; updates must name the version they were based on. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Reads the If-Match header; without one an update could overwrite a colleague's change unseen. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag from your last read, so that no one else's change is overwritten.");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match " + ifMatch + " is not an ETag of this resource.");
        }
    }
}
