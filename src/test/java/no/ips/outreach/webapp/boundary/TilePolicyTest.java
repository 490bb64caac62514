package no.ips.outreach.webapp.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TilePolicyTest {

    @Test
    void theDefaultTilesComeFromOpenStreetMap() {
        assertThat(TilePolicy.origin(TilePolicy.DEFAULT_TILE_URL)).isEqualTo("https://tile.openstreetmap.org");
    }

    @Test
    void aSubdomainPlaceholderAllowsEverySubdomain() {
        assertThat(TilePolicy.origin("https://{s}.tiles.example.org/{z}/{x}/{y}.png")).isEqualTo("https://*.tiles.example.org");
    }

    @Test
    void aPortIsKeptAndARelativeTemplateStaysOnThisOrigin() {
        assertThat(TilePolicy.origin("http://tiles.local:8081/{z}/{x}/{y}.png")).isEqualTo("http://tiles.local:8081");
        assertThat(TilePolicy.origin("/tiles/{z}/{x}/{y}.png")).isEqualTo("'self'");
    }

    @Test
    void thePolicyAllowsImagesFromTheTileServerAndNothingElseFromOutside() {
        String policy = ContentSecurityPolicy.forApp("sha256-abc", "https://{s}.tiles.example.org/{z}/{x}/{y}.png", "'self'");
        assertThat(policy).contains("img-src 'self' data: https://*.tiles.example.org;")
                .contains("script-src 'self' 'sha256-abc';").contains("connect-src 'self';").contains("frame-ancestors 'self'");
    }
}
