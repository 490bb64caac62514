package no.ips.outreach.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final Set<String> KEYS = Set.of("name", "created");

    private static Problem refused(String offset, String limit, String sort) {
        return catchThrowableOfType(ProblemException.class, () -> PageRequest.parse(offset, limit, sort, KEYS, "name")).problem();
    }

    @Test
    void withoutParametersTheFirstFiftyComeInTheDefaultOrder() {
        assertThat(PageRequest.parse(null, null, null, KEYS, "-created"))
                .isEqualTo(new PageRequest(0, PageRequest.DEFAULT_LIMIT, "created", true));
    }

    @Test
    void aLimitFromOneToTwoHundredIsAccepted() {
        assertThat(PageRequest.parse("0", "1", "name", KEYS, "name").limit()).isEqualTo(1);
        assertThat(PageRequest.parse("0", "200", "name", KEYS, "name").limit()).isEqualTo(200);
    }

    @Test
    void aLimitAboveTwoHundredIsRefusedRatherThanCut() {
        Problem problem = refused("0", "201", null);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("limit", "Must be between 1 and 200."));
    }

    @Test
    void aLimitOfZeroOrANegativeOffsetIsRefused() {
        assertThat(refused("0", "0", null).errors()).extracting(Problem.FieldError::field).containsExactly("limit");
        assertThat(refused("-1", "10", null).errors()).extracting(Problem.FieldError::field).containsExactly("offset");
    }

    @Test
    void aLeadingMinusSortsDescending() {
        PageRequest page = PageRequest.parse("40", "20", " -name ", KEYS, "created");
        assertThat(page).isEqualTo(new PageRequest(40, 20, "name", true));
    }

    @Test
    void anUnknownSortKeyIsRefusedAndTheAllowedKeysAreNamed() {
        Problem problem = refused(null, null, "salary");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("sort");
            assertThat(error.message()).contains("created, name");
        });
    }

    @Test
    void aPageOffersTheNextOffsetOnlyWhileItemsRemain() {
        PageRequest first = new PageRequest(0, 2, "name", false);
        assertThat(Page.of(List.of("a", "b"), 5, first).nextOffset()).isEqualTo(2);
        PageRequest last = new PageRequest(4, 2, "name", false);
        assertThat(Page.of(List.of("e"), 5, last).nextOffset()).isNull();
        assertThat(Page.of(List.of("c", "d"), 4, new PageRequest(2, 2, "name", false)).nextOffset()).isNull();
    }
}
