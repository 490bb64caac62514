package no.ips.outreach.occupations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.occupations.entity.Occupation;
import no.ips.outreach.occupations.entity.OccupationLevel;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.testing.Databases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ISCO-08 structure as the migrations load it, and the catalogue's searches over it, on both databases. */
class OccupationCatalogueTest {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 200, "code", false);

    private EntityManagerFactory emf;
    private EntityManager em;
    private OccupationCatalogue catalogue;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        catalogue = OccupationControls.catalogue(em);
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
        }
        if (emf != null) {
            emf.close();
        }
    }

    private List<String> codes(OccupationSearch search) {
        return catalogue.search(search, FIRST_PAGE).items().stream().map(Occupation::code).toList();
    }

    private long total(OccupationSearch search) {
        return catalogue.search(search, new PageRequest(0, 1, "code", false)).total();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theMigratedStructureHoldsEveryIscoGroupAtItsLevel(Databases database) {
        open(database, "occupation_levels");

        assertThat(total(new OccupationSearch(null, null, null))).isEqualTo(619);
        assertThat(total(new OccupationSearch(null, null, OccupationLevel.MAJOR))).isEqualTo(10);
        assertThat(total(new OccupationSearch(null, null, OccupationLevel.SUB_MAJOR))).isEqualTo(43);
        assertThat(total(new OccupationSearch(null, null, OccupationLevel.MINOR))).isEqualTo(130);
        assertThat(total(new OccupationSearch(null, null, OccupationLevel.UNIT))).isEqualTo(436);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void everyGroupBelowAMajorGroupBelongsToAGroupOneLevelUp(Databases database) {
        open(database, "occupation_parents");

        List<Occupation> all = em.createQuery("SELECT o FROM Occupation o", Occupation.class).getResultList();
        Set<String> codes = all.stream().map(Occupation::code).collect(Collectors.toSet());

        assertThat(all).hasSize(619).allSatisfy(occupation -> {
            assertThat(occupation.code()).matches("\\d{" + occupation.level().depth() + "}");
            if (occupation.level() != OccupationLevel.MAJOR) {
                assertThat(codes).as("parent of %s", occupation.code()).contains(occupation.parentCode());
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void everyWordMustAppearInOneTitleOrSynonymIgnoringCaseAndAccents(Databases database) {
        open(database, "occupation_words");

        assertThat(codes(new OccupationSearch("cooks", null, null))).contains("512", "5120", "7512").isSorted();
        assertThat(codes(new OccupationSearch("COOKS", null, OccupationLevel.UNIT))).contains("5120", "7512")
                .allSatisfy(code -> assertThat(code).hasSize(4));
        assertThat(codes(new OccupationSearch("kokker", null, OccupationLevel.UNIT))).contains("5120");
        assertThat(codes(new OccupationSearch("Kokkearbejde", null, null))).contains("512", "5120").doesNotContain("3434");
        assertThat(codes(new OccupationSearch("lastebil SJAFOR", null, null))).containsExactly("8332");
        assertThat(codes(new OccupationSearch("assistants shop", null, null))).contains("5223");
        assertThat(codes(new OccupationSearch("shop astronauts", null, null))).isEmpty();
        assertThat(codes(new OccupationSearch("ledere", null, null))).contains("1");
        assertThat(codes(new OccupationSearch("Høyskoleyrker", null, null))).containsExactly("3");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void wildcardsTypedByAUserMatchOnlyThemselves(Databases database) {
        open(database, "occupation_wildcards");

        assertThat(total(new OccupationSearch("%", null, null))).isZero();
        assertThat(total(new OccupationSearch("_", null, null))).isZero();
        assertThat(total(new OccupationSearch("cook_", null, null))).isZero();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aPrefixNarrowsToAGroupAndEverythingBelowItSortedByCode(Databases database) {
        open(database, "occupation_prefix");

        assertThat(codes(new OccupationSearch(null, "512", null))).containsExactly("512", "5120");
        assertThat(codes(new OccupationSearch(null, "0", OccupationLevel.SUB_MAJOR))).containsExactly("01", "02", "03");
        assertThat(codes(new OccupationSearch(null, "51", OccupationLevel.UNIT)))
                .isNotEmpty().isSorted().allSatisfy(code -> assertThat(code).startsWith("51").hasSize(4));
        assertThat(catalogue.search(new OccupationSearch(null, null, OccupationLevel.MAJOR), new PageRequest(7, 5, "code", true))
                .items()).extracting(Occupation::code).containsExactly("2", "1", "0");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aGroupKnowsThePathFromItsMajorGroupAndItsDirectSubGroups(Databases database) {
        open(database, "occupation_tree");
        Occupation cooks = catalogue.existing("5120");
        Occupation services = catalogue.existing("5");

        assertThat(catalogue.ancestors(cooks)).extracting(Occupation::code).containsExactly("5", "51", "512");
        assertThat(catalogue.children(cooks)).isEmpty();
        assertThat(catalogue.ancestors(services)).isEmpty();
        assertThat(catalogue.children(services)).extracting(Occupation::code).containsExactly("51", "52", "53", "54");
        assertThat(catalogue.children(catalogue.existing("512"))).extracting(Occupation::code).containsExactly("5120");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void everyTitleComesInTheReadersLanguageWhereTheNationalClassificationHasOne(Databases database) {
        open(database, "occupation_titles");
        Occupation cooks = catalogue.existing("5120");
        Occupation nurses = catalogue.existing("2221");
        Occupation chiefs = catalogue.existing("1113");

        assertThat(cooks.title(Language.NB)).isEqualTo("Kokker");
        assertThat(cooks.title(Language.DA)).isEqualTo("Kokkearbejde (ekskl. køkkenchefarbejde)");
        assertThat(cooks.title(Language.EN)).isEqualTo("Cooks");
        assertThat(nurses.title(Language.NB)).as("STYRK-08 2223, since its 2221 is specialist nurses only").isEqualTo("Sykepleiere");
        assertThat(nurses.title(Language.DA)).isEqualTo("Sygeplejerskearbejde");
        assertThat(chiefs.title(Language.NB)).as("no national title: English").isEqualTo(chiefs.titleEn());
        long withoutNorwegian = em.createQuery("SELECT COUNT(o) FROM Occupation o WHERE o.depth = 4 AND o.titleNo IS NULL", Long.class)
                .getSingleResult();
        long withoutDanish = em.createQuery("SELECT COUNT(o) FROM Occupation o WHERE o.depth = 4 AND o.titleDa IS NULL", Long.class)
                .getSingleResult();
        assertThat(withoutNorwegian).isEqualTo(436 - 403);
        assertThat(withoutDanish).isEqualTo(436 - 427);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anUnknownCodeIsNotFound(Databases database) {
        open(database, "occupation_unknown");

        assertThatThrownBy(() -> catalogue.existing("9999")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void onlyAKnownUnitGroupCodesAJob(Databases database) {
        open(database, "occupation_unit");

        assertThat(catalogue.requireUnitGroup("occupationCode", " 5120 ").code()).isEqualTo("5120");
        assertThat(refusal(() -> catalogue.requireUnitGroup("occupationCode", "9999")))
                .satisfies(error -> assertThat(error.field()).isEqualTo("occupationCode"))
                .satisfies(error -> assertThat(error.message()).contains("'9999' is not an ISCO-08/STYRK-08 occupation code"));
        assertThat(refusal(() -> catalogue.requireUnitGroup("occupationCode", "512")))
                .satisfies(error -> assertThat(error.field()).isEqualTo("occupationCode"))
                .satisfies(error -> assertThat(error.message()).contains("\"Cooks\"").contains("4-digit unit groups"));
        assertThat(refusal(() -> catalogue.requireUnitGroup("occupationCode", null)).field()).isEqualTo("occupationCode");
    }

    private static Problem.FieldError refusal(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).hasSize(1);
            return e.problem().errors().get(0);
        }
        throw new AssertionError("expected a 400 problem");
    }
}
