package no.ips.outreach.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The caller is read from the request's verified token; a request without one has no caller and no role. */
class CurrentUserTest {

    private static final Instant NOW = Instant.parse("2026-12-04T07:00:00Z");

    @Test
    void theCallerIsTheRequestsVerifiedToken() {
        CurrentUser user = userOf(new VerifiedTokensTest.Token("header.claims.signature", NOW, NOW.plusSeconds(60)));

        assertThat(user.name()).isEqualTo("kari");
        assertThat(user.is(Roles.SPECIALIST)).isTrue();
        assertThat(user.is(Roles.MANAGER)).isFalse();
        assertThat(user.displayName()).isEmpty();
        assertThat(user.team()).isEmpty();
    }

    @Test
    void aRequestWithoutATokenHasNoCallerAndNoRole() {
        for (Principal principal : new Principal[] {null, () -> "someone-else"}) {
            CurrentUser user = userOf(principal);

            assertThat(user.name()).isNull();
            assertThat(user.is(Roles.SPECIALIST)).isFalse();
            assertThat(user.is(Roles.ADMIN)).isFalse();
            assertThat(user.displayName()).isEmpty();
            assertThat(user.team()).isEmpty();
        }
    }

    private static CurrentUser userOf(Principal principal) {
        CurrentUser user = new CurrentUser();
        user.request = (HttpServletRequest) Proxy.newProxyInstance(CurrentUserTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAttribute") && args[0].equals(CallerToken.class.getName())) {
                        return principal;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        user.claims = new CallerClaims(ClaimMapping.defaults());
        return user;
    }
}
