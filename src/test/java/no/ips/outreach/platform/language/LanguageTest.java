package no.ips.outreach.platform.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void bokmalIsChosenByEveryNorwegianTag() {
        assertThat(Language.of("nb")).contains(Language.NB);
        assertThat(Language.of("no")).contains(Language.NB);
        assertThat(Language.of("nn-NO")).contains(Language.NB);
        assertThat(Language.of("NB_no")).contains(Language.NB);
        assertThat(Language.of("da-DK")).contains(Language.DA);
        assertThat(Language.of("en-US")).contains(Language.EN);
        assertThat(Language.of("sv")).isEmpty();
        assertThat(Language.of(" ")).isEmpty();
    }

    @Test
    void acceptLanguageIsReadByItsWeights() {
        assertThat(Language.fromAcceptLanguage("da-DK,da;q=0.9,en;q=0.8")).contains(Language.DA);
        assertThat(Language.fromAcceptLanguage("en;q=0.5, nb;q=0.9")).contains(Language.NB);
        assertThat(Language.fromAcceptLanguage("sv-SE, de;q=0.8, en;q=0.3")).contains(Language.EN);
        assertThat(Language.fromAcceptLanguage("en;q=0, da;q=0.1")).contains(Language.DA);
    }

    @Test
    void anAcceptLanguageWithoutOurLanguagesOrMalformedChoosesNothing() {
        assertThat(Language.fromAcceptLanguage("sv-SE, de")).isEmpty();
        assertThat(Language.fromAcceptLanguage("*")).isEqualTo(Optional.empty());
        assertThat(Language.fromAcceptLanguage(";;;q=x")).isEmpty();
        assertThat(Language.fromAcceptLanguage(null)).isEmpty();
    }

    @Test
    void withoutAStoredChoiceTheHeaderDecidesAndBokmalIsTheDefault() {
        RequestLanguage.begin("da", Optional::empty);
        try {
            assertThat(RequestLanguage.current()).isEqualTo(Language.DA);
        } finally {
            RequestLanguage.end();
        }
        RequestLanguage.begin(null, Optional::empty);
        try {
            assertThat(RequestLanguage.current()).isEqualTo(Language.NB);
        } finally {
            RequestLanguage.end();
        }
        assertThat(RequestLanguage.current()).as("outside a request: the operators' language").isEqualTo(Language.EN);
    }
}
