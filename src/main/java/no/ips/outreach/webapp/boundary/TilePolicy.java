package no.ips.outreach.webapp.boundary;

import java.net.URI;

/** Where map tiles come from: a Leaflet URL template such as {@code https://{s}.tile.example.org/{z}/{x}/{y}.png}. */
final class TilePolicy {

    static final String DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    private TilePolicy() {
    }

    /** The origin to allow images from; a {@code {s}} subdomain placeholder becomes a wildcard. */
    static String origin(String tileUrl) {
        String concrete = tileUrl.replace("{s}", "subdomain").replaceAll("\\{[a-z]+}", "0");
        URI uri = URI.create(concrete);
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "'self'";
        }
        String host = tileUrl.contains("{s}.") ? "*." + uri.getHost().substring("subdomain.".length()) : uri.getHost();
        return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
