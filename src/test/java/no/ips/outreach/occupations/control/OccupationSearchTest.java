package no.ips.outreach.occupations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ips.outreach.occupations.entity.OccupationLevel;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class OccupationSearchTest {

    @Test
    void blankTextAndPrefixMeanNoFilter() {
        var search = new OccupationSearch("  ", "", null);

        assertThat(search.text()).isNull();
        assertThat(search.codePrefix()).isNull();
        assertThat(search.words()).isEmpty();
    }

    @Test
    void theTextIsSplitIntoWordsFoldedAsTheTermsAre() {
        assertThat(new OccupationSearch("  Shop   SALES Høyskoleyrker ", null, OccupationLevel.UNIT).words())
                .containsExactly("shop", "sales", "hoyskoleyrker");
    }

    @Test
    void aPrefixIsOneToFourDigits() {
        assertThat(new OccupationSearch(null, " 512 ", null).codePrefix()).isEqualTo("512");
        assertThat(new OccupationSearch(null, "0", null).codePrefix()).isEqualTo("0");

        assertRefused("prefix", () -> new OccupationSearch(null, "5a", null));
        assertRefused("prefix", () -> new OccupationSearch(null, "51%", null));
        assertRefused("prefix", () -> new OccupationSearch(null, "51201", null));
        assertRefused("prefix", () -> new OccupationSearch(null, "٥١", null));
    }

    @Test
    void anOverlongTextIsRefusedNamingQ() {
        assertRefused("q", () -> new OccupationSearch("x".repeat(OccupationSearch.MAX_TEXT + 1), null, null));
    }

    private static void assertRefused(String field, Runnable creation) {
        assertThatThrownBy(creation::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly(field);
        });
    }
}
