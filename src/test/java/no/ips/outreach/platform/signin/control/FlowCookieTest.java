package no.ips.outreach.platform.signin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FlowCookieTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aFlowReadsBackAsItWasWrittenOnAnyInstanceWithTheSameSecret() {
        FlowCookie.Flow flow = new FlowCookie("s3cret").start(NOW);
        String cookie = new FlowCookie("s3cret").write(flow);
        assertThat(new FlowCookie("s3cret").read(cookie, NOW.plusSeconds(60))).contains(flow);
        assertThat(flow.verifier()).hasSizeBetween(43, 128).matches("[A-Za-z0-9._~-]+");
        assertThat(flow.state()).isNotEqualTo(flow.nonce());
    }

    @Test
    void aChangedCookieOrAnotherSecretIsRefused() {
        FlowCookie cookies = new FlowCookie("s3cret");
        String cookie = cookies.write(cookies.start(NOW));
        String[] parts = cookie.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("a b c 9999999999".getBytes());
        assertThat(cookies.read(otherPayload + "." + parts[1], NOW)).isEmpty();
        assertThat(new FlowCookie("another").read(cookie, NOW)).isEmpty();
        assertThat(cookies.read("not a cookie", NOW)).isEmpty();
        assertThat(cookies.read(null, NOW)).isEmpty();
    }

    @Test
    void anExpiredFlowIsRefused() {
        FlowCookie cookies = new FlowCookie("s3cret");
        String cookie = cookies.write(cookies.start(NOW));
        assertThat(cookies.read(cookie, NOW.plus(FlowCookie.LIFETIME))).isEmpty();
    }
}
