package no.ips.outreach.events.boundary;

import java.util.List;
import no.ips.outreach.events.control.Subscriptions;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as an administrator sends it. */
public record SubscriptionRequest(
        @Schema(description = "http(s) URL that receives the POSTs", required = true) String url,
        @Schema(description = "CloudEvents types to send, e.g. no.ips.outreach.job.started", required = true,
                type = SchemaType.ARRAY, implementation = String.class) List<String> eventTypes,
        @Schema(description = "whsec_ followed by 24-64 bytes in base64; left out, one is generated (on a change, the old one stays)")
        String secret) {

    Subscriptions.Request toRequest() {
        return new Subscriptions.Request(url, eventTypes, secret);
    }
}
