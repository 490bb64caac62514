package no.ips.outreach.platform.signin.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One sign-in in progress (state, nonce, PKCE verifier) kept in the browser as a cookie signed with HMAC-SHA256, so
 * that any instance of a cluster can finish a sign-in another one started, and nothing is kept in memory. The key is
 * derived from the client secret, which every instance has and no browser sees.
 */
public final class FlowCookie {

    public static final String NAME = "outreach_sign_in";
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;

    public FlowCookie(String clientSecret) {
        try {
            key = MessageDigest.getInstance("SHA-256")
                    .digest(("outreach sign-in flow\n" + clientSecret).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A flow's values, and when it expires. */
    public record Flow(String state, String nonce, String verifier, Instant expires) {
    }

    public Flow start(Instant now) {
        return new Flow(random(), random(), random() + random(), now.plus(LIFETIME));
    }

    public String write(Flow flow) {
        String payload = String.join(" ", flow.state(), flow.nonce(), flow.verifier(),
                Long.toString(flow.expires().getEpochSecond()));
        String encoded = ENCODE.encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
        return encoded + "." + ENCODE.encodeToString(mac(encoded));
    }

    /** The flow this cookie holds, if its signature is ours and it has not expired. */
    public Optional<Flow> read(String cookie, Instant now) {
        if (cookie == null) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            String encoded = cookie.substring(0, dot);
            if (!MessageDigest.isEqual(mac(encoded), DECODE.decode(cookie.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODE.decode(encoded), StandardCharsets.US_ASCII).split(" ");
            if (parts.length != 4) {
                return Optional.empty();
            }
            Flow flow = new Flow(parts[0], parts[1], parts[2], Instant.ofEpochSecond(Long.parseLong(parts[3])));
            return now.isBefore(flow.expires()) ? Optional.of(flow) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /** 256 random bits, URL-safe: a state, a nonce, half a PKCE verifier (43-128 characters). */
    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODE.encodeToString(bytes);
    }
}
