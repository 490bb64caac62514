package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.Messages;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import no.ips.outreach.platform.problem.ProblemException;

/** ETags are the entity's optimistic-lock version; updates must name the version they were based on. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the representation and the ETag a client sends back in If-Match. */
    public static Response current(Object representation, long version) {
        return Response.ok(representation).tag(tag(version)).build();
    }

    /** Reads the If-Match header; without one an update could overwrite a colleague's change unseen. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(Messages.get("problem.if-match.missing"));
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed(Messages.get("problem.if-match.unknown", ifMatch));
        }
    }
}
