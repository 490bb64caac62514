package no.ips.outreach.webapp.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app page as built into the WAR. Its inline import map is the one inline script, so the content security policy
 * allows exactly that script by its SHA-256 hash instead of allowing inline scripts at all.
 */
record PageTemplate(String html, String importMapHash) {

    private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

    static PageTemplate of(String html) {
        Matcher importMap = IMPORT_MAP.matcher(html);
        if (!importMap.find()) {
            throw new IllegalStateException("The app page has no import map");
        }
        return new PageTemplate(html, "sha256-" + sha256(importMap.group(1)));
    }

    String render(String tileUrl, boolean devSignIn, boolean organisationSignIn) {
        return html.replace("@tile-url@", escapeAttribute(tileUrl))
                .replace("@dev-sign-in@", Boolean.toString(devSignIn))
                .replace("@oidc-sign-in@", Boolean.toString(organisationSignIn));
    }

    static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
