package no.ips.outreach.platform.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EmbedSettingsTest {

    @Test
    void nothingIsAllowedByDefaultAndOnlyThisOriginMayFrame() {
        EmbedSettings settings = EmbedSettings.of("", "");

        assertThat(settings.allowedOrigins()).isEmpty();
        assertThat(settings.allows("https://host.example.no")).isFalse();
        assertThat(settings.allows(null)).isFalse();
        assertThat(settings.frameAncestors()).isEqualTo("'self'");
    }

    @Test
    void originsAreComparedAsBrowsersSendThem() {
        EmbedSettings settings = EmbedSettings.of("https://Fagsystem.NAV.no, http://localhost:9000", "'self'");

        assertThat(settings.allows("https://fagsystem.nav.no")).isTrue();
        assertThat(settings.allows("http://localhost:9000")).isTrue();
        assertThat(settings.allows("http://localhost:9001")).isFalse();
        assertThat(settings.allows("https://fagsystem.nav.no.evil.example")).isFalse();
    }

    @Test
    void anythingButAnOriginStopsTheServiceWithTheReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmbedSettings.of("https://host.example.no/app", ""))
                .withMessageContaining("outreach.embed.allowed-origins");
        assertThatIllegalArgumentException().isThrownBy(() -> EmbedSettings.of("*", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> EmbedSettings.of("", "https://host.example.no; script-src *"))
                .withMessageContaining("outreach.embed.frame-ancestors");
        assertThatIllegalArgumentException().isThrownBy(() -> EmbedSettings.of("", "*"));
    }

    @Test
    void frameAncestorsTakeOriginsAndWildcardSubdomains() {
        assertThat(EmbedSettings.of("", "'self' https://*.nav.no https://host.example.no:8443").frameAncestors())
                .isEqualTo("'self' https://*.nav.no https://host.example.no:8443");
    }
}
