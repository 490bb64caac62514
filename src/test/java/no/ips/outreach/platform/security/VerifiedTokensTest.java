package no.ips.outreach.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-04T07:00:00Z");

    /** A verified token as {@link TokenVerifier} hands it over: a principal with its raw form and claims. */
    static final class Token implements JsonWebToken {
        private final Map<String, Object> claims;

        Token(String raw, Instant expires) {
            this(raw, NOW, expires);
        }

        Token(String raw, Instant issued, Instant expires) {
            this.claims = Map.of("raw_token", raw, "iat", issued.getEpochSecond(), "exp", expires.getEpochSecond(),
                    "upn", "kari", "groups", Set.of("specialist"));
        }

        @Override
        public String getName() {
            return "kari";
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }

    private final MutableClock clock = new MutableClock();
    private final VerifiedTokens tokens = new VerifiedTokens(3, clock);

    @Test
    void aRememberedTokenIsFoundByItsRawFormOnly() {
        Token token = new Token("header.claims.signature", NOW.plusSeconds(60));

        tokens.remember(token);

        assertThat(tokens.find("header.claims.signature")).containsSame(token);
        assertThat(tokens.find("header.claims.signaturf")).isEmpty();
        assertThat(tokens.find("header.claimz.signature")).isEmpty();
        assertThat(tokens.find(null)).isEmpty();
    }

    @Test
    void aTokenIsNeverFoundAtOrAfterItsExpiry() {
        Token token = new Token("a.b.c", NOW.plusSeconds(60));
        tokens.remember(token);

        clock.now = NOW.plusSeconds(59);
        assertThat(tokens.find("a.b.c")).isPresent();
        clock.now = NOW.plusSeconds(60);
        assertThat(tokens.find("a.b.c")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void withATokenAgeLimitATokenIsNotVouchedForOnceItIsOlderThanThat() {
        tokens.limitAge(Optional.of(300L));
        tokens.remember(new Token("young.token.sig", NOW.minusSeconds(100), NOW.plusSeconds(3600)));
        tokens.remember(new Token("old.token.sig", NOW.minusSeconds(400), NOW.plusSeconds(3600)));

        assertThat(tokens.find("old.token.sig")).as("older than the limit: verified again, and refused").isEmpty();
        clock.now = NOW.plusSeconds(199);
        assertThat(tokens.find("young.token.sig")).isPresent();
        clock.now = NOW.plusSeconds(200);
        assertThat(tokens.find("young.token.sig")).as("reached the age limit long before its expiry").isEmpty();
    }

    @Test
    void anExpiredTokenIsNotRemembered() {
        tokens.remember(new Token("a.b.c", NOW));
        tokens.remember(new Token("d.e.f", NOW.minusSeconds(1)));

        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheStaysWithinItsCapacityDroppingExpiredEntriesFirst() {
        tokens.remember(new Token("old.1.x", NOW.plusSeconds(10)));
        tokens.remember(new Token("new.2.x", NOW.plusSeconds(100)));
        tokens.remember(new Token("new.3.x", NOW.plusSeconds(100)));
        clock.now = NOW.plusSeconds(20);

        tokens.remember(new Token("new.4.x", NOW.plusSeconds(100)));

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.find("new.2.x")).isPresent();
        assertThat(tokens.find("new.4.x")).isPresent();

        tokens.remember(new Token("new.5.x", NOW.plusSeconds(100)));
        assertThat(tokens.size()).isLessThanOrEqualTo(3);
        assertThat(tokens.find("new.5.x")).isPresent();
    }

    private static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
