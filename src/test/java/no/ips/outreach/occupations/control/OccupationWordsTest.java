package no.ips.outreach.occupations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everyday job words as Norwegian and Danish job ads title them (the usual titles on Nav's and Finn's boards and on
 * Jobnet and Jobindex), each with the ISCO-08 unit group a specialist would code the job with. Every one must find its
 * unit group, ignoring case and accents.
 */
class OccupationWordsTest {

    private static final OccupationTerms TERMS = new OccupationTerms();

    static List<String> norwegian() {
        return List.of(
            "kokk=5120",
            "servitør=5131",
            "butikkmedarbeider=5223",
            "kassamedarbeider=5230",
            "lagermedarbeider=4321",
            "truckfører=8344",
            "lastebilsjåfør=8332",
            "bussjåfør=8331",
            "taxisjåfør=8322",
            "renholder=9112",
            "helsefagarbeider=5321",
            "sykepleier=2221",
            "barnehageassistent=5311",
            "barnehagelærer=2342",
            "elektriker=7411",
            "tømrer=7115",
            "rørlegger=7126",
            "bilmekaniker=7231",
            "frisør=5141",
            "baker=7512",
            "maler=7131",
            "snekker=7115",
            "vaktmester=5153",
            "kundeservicemedarbeider=4222",
            "resepsjonist=4226",
            "sveiser=7212",
            "oppvasker=9412",
            "vekter=5414",
            "postbud=4412",
            "gartner=6113");
    }

    static List<String> danish() {
        return List.of(
            "kok=5120",
            "tjener=5131",
            "butiksassistent=5223",
            "ekspedient=5223",
            "lagerarbejder=4321",
            "lastbilchauffør=8332",
            "buschauffør=8331",
            "rengøringsassistent=9112",
            "social- og sundhedsassistent=5321",
            "social- og sundhedshjælper=5322",
            "sygeplejerske=2221",
            "pædagogmedhjælper=5311",
            "pædagog=2342",
            "tømrer=7115",
            "vvs-montør=7126",
            "automekaniker=7231",
            "bager=7512",
            "kassemedarbejder=5230",
            "receptionist=4226",
            "pedel=5153",
            "opvasker=9412",
            "svejser=7212",
            "tandlægeassistent=3251",
            "kontorassistent=4110",
            "kundeservicemedarbejder=4222",
            "sikkerhedsvagt=5414",
            "gartner=6113");
    }

    @ParameterizedTest
    @MethodSource({"norwegian", "danish"})
    void anEverydayJobWordFindsItsUnitGroup(String wordAndCode) {
        String[] parts = wordAndCode.split("=");
        Set<String> codes = TERMS.codesMatching(List.of(Folding.fold(parts[0]).split("\\s+")));

        assertThat(codes).as(parts[0]).contains(parts[1]);
    }

    @Test
    void theListHoldsAtLeastThirtyWordsInEachLanguage() {
        assertThat(norwegian()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(danish()).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(Folding.fold("Sjåfør")).isEqualTo(Folding.fold("sjafor"));
        assertThat(Folding.fold("BÆKKEN Søren Ångström")).isEqualTo("baekken soren angstrom");
        assertThat(TERMS.codesMatching(List.of("kokk"))).isEqualTo(TERMS.codesMatching(List.of(Folding.fold("KOKK"))));
        assertThat(TERMS.codesMatching(List.of(Folding.fold("lastebilsjafor")))).contains("8332");
    }

    @Test
    void aWordNoTitleHoldsFindsNothing() {
        assertThat(TERMS.codesMatching(List.of("astronautkokk"))).isEmpty();
    }
}
