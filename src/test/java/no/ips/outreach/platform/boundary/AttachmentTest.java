package no.ips.outreach.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void aPlainNameIsQuotedAndRepeatedEncoded() {
        assertThat(Attachment.disposition("visits-kari-2026-W49.ics"))
                .isEqualTo("attachment; filename=\"visits-kari-2026-W49.ics\"; filename*=UTF-8''visits-kari-2026-W49.ics");
    }

    @Test
    void quotesLineBreaksAndNonAsciiCannotEndOrSplitTheHeader() {
        String header = Attachment.disposition("visits-bjørn\"; x=\r\n-1.ics");

        assertThat(header).doesNotContain("\r").doesNotContain("\n")
                .startsWith("attachment; filename=\"visits-bj_rn___x___-1.ics\"; ")
                .endsWith("filename*=UTF-8''visits-bj%C3%B8rn%22%3B%20x%3D%0D%0A-1.ics");
    }
}
