package no.ips.outreach.platform.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A Content-Disposition for a download, per RFC 6266: a plain ASCII {@code filename} every client reads, and the
 * exact name as {@code filename*} (RFC 8187). Names come from user names, so nothing in them may end the header.
 */
public final class Attachment {

    private Attachment() {
    }

    public static String disposition(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
