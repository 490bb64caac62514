package no.ips.outreach.platform.signin.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the browser goes to end the session at the identity provider too; null when it advertises no such place. */
public record SignOutView(@Schema(nullable = true) String endSessionUrl) {
}
