package no.ips.outreach.webapp.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageTemplateTest {

    private static final String MAP = "\n{\"imports\": {\"lit\": \"/webjars/lit/3.3.1/index.js\"}}\n";
    private static final String PAGE = "<meta name=\"outreach:tile-url\" content=\"@tile-url@\">"
            + "<meta name=\"outreach:dev-sign-in\" content=\"@dev-sign-in@\"><script type=\"importmap\">" + MAP + "</script>";

    @Test
    void theImportMapIsAllowedByTheHashOfExactlyItsText() throws Exception {
        String expected = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(MAP.getBytes(StandardCharsets.UTF_8)));
        assertThat(PageTemplate.of(PAGE).importMapHash()).isEqualTo("sha256-" + expected);
    }

    @Test
    void theTileUrlIsEscapedIntoItsAttribute() {
        String html = PageTemplate.of(PAGE).render("https://tiles.example/{z}/{x}/{y}.png?a=1&b=\"2\"", false, false);
        assertThat(html).contains("content=\"https://tiles.example/{z}/{x}/{y}.png?a=1&amp;b=&quot;2&quot;\"")
                .contains("<meta name=\"outreach:dev-sign-in\" content=\"false\">");
    }

    @Test
    void aPageWithoutAnImportMapIsABuildError() {
        assertThatThrownBy(() -> PageTemplate.of("<html></html>")).isInstanceOf(IllegalStateException.class);
    }
}
