package no.ips.outreach.platform.embed;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Where the web app's components may be used from: the host pages' origins that may call the API from a browser
 * (CORS, off when none is named) and the pages that may frame the app ({@code frame-ancestors}, only this origin by
 * default). Both are checked when the service starts: a value that is not an origin would widen a security policy
 * or break a header, so it stops the deployment with the reason instead.
 */
public record EmbedSettings(Set<String> allowedOrigins, String frameAncestors) {

    public static final String ORIGINS_KEY = "outreach.embed.allowed-origins";
    public static final String FRAME_ANCESTORS_KEY = "outreach.embed.frame-ancestors";
    public static final String SAME_ORIGIN = "'self'";

    /** A CSP host source: a scheme and host, a port or {@code *} port, and a {@code *.} wildcard at most. */
    private static final Pattern SOURCE = Pattern.compile("https?://(\\*\\.)?[a-zA-Z0-9.-]+(:(\\d{1,5}|\\*))?");

    public static EmbedSettings from(Config config) {
        String origins = config.getOptionalValue(ORIGINS_KEY, String.class).orElse("");
        String ancestors = config.getOptionalValue(FRAME_ANCESTORS_KEY, String.class).orElse(SAME_ORIGIN);
        return of(origins, ancestors);
    }

    public static EmbedSettings of(String origins, String frameAncestors) {
        Set<String> allowed = split(origins).stream().map(EmbedSettings::origin).collect(Collectors.toUnmodifiableSet());
        List<String> ancestors = split(frameAncestors);
        if (ancestors.isEmpty()) {
            ancestors = List.of(SAME_ORIGIN);
        }
        for (String source : ancestors) {
            if (!source.equals(SAME_ORIGIN) && !source.equals("'none'") && !SOURCE.matcher(source).matches()) {
                throw new IllegalArgumentException(FRAME_ANCESTORS_KEY + ": '" + source
                        + "' is not 'self', 'none' or an origin such as https://host.example.no");
            }
        }
        return new EmbedSettings(allowed, String.join(" ", ancestors));
    }

    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** An origin exactly as a browser sends it: scheme, host and a port only when it is not the default. */
    private static String origin(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ORIGINS_KEY + ": '" + value + "' is not an origin", e);
        }
        boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
        if (!web || uri.getHost() == null || !bare || uri.getRawQuery() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException(ORIGINS_KEY + ": '" + value
                    + "' is not an origin such as https://host.example.no (scheme, host and port only)");
        }
        return uri.getScheme() + "://" + uri.getHost().toLowerCase() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
