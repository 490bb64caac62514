package no.ips.outreach.webapp.boundary;

/**
 * The web app's content security policy: scripts, styles and API calls from this origin only, the import map by its
 * hash, and images also from the configured tile server. Inline style attributes are allowed because Leaflet
 * positions the map with them; inline scripts are not.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** {@code frameAncestors}: the pages that may frame the app, from {@code outreach.embed.frame-ancestors}. */
    static String forApp(String importMapHash, String tileUrl, String frameAncestors) {
        return "default-src 'self'; script-src 'self' '" + importMapHash + "'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: " + TilePolicy.origin(tileUrl) + "; connect-src 'self'; worker-src 'self'; "
                + "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors " + frameAncestors;
    }
}
