package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit's spreadsheets in the reader's language, in the numbers their Excel reads. */
class AuditLanguagesIT extends AuditScenario {

    @Test
    void theSameSpreadsheetInEachLanguageWithItsExcelsSeparatorAndDecimalMark() {
        kari.post("visits", visit(cafe, at(monday, 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS")).expect(201);
        kari.post("visits", visit(hotel, at(monday.plusDays(1), 13, 0), "IN_PERSON", 50, 20, "DESCRIBES_STRENGTHS")).expect(201);
        String path = specialist(kariName) + "?week=" + week;

        Reply nb = csv(kari.speaking("nb"), path).expect(200);
        Reply da = csv(kari.speaking("da"), path).expect(200);
        Reply en = csv(kari.speaking("en"), path).expect(200);

        List<List<String>> norwegian = parseCsv(nb.body(), ';');
        List<List<String>> danish = parseCsv(da.body(), ';');
        List<List<String>> english = parseCsv(en.body(), ',');
        assertThat(nb.header("Content-Language")).isEqualTo("nb");
        assertThat(norwegian.get(0)).startsWith("Jobbspesialist", "Brukernavn", "Timer per uke");
        assertThat(danish.get(0)).startsWith("Jobspecialist", "Brugernavn", "Timer om ugen");
        assertThat(english.get(0)).startsWith("Specialist", "User name", "Weekly hours");
        assertThat(norwegian.get(0)).hasSameSizeAs(english.get(0));
        // 55 + 70 minutes of 2250: 5.6 %
        assertThat(cell(norwegian.get(0), norwegian.get(1), "Timer per uke")).isEqualTo("37,5");
        assertThat(cell(norwegian.get(0), norwegian.get(1), "Tid ute i samfunnet (%)")).isEqualTo("5,6");
        assertThat(cell(danish.get(0), danish.get(1), "Tid ude i samfundet (%)")).isEqualTo("5,6");
        assertThat(cell(english.get(0), english.get(1), "Time in the community (%)")).isEqualTo("5.6");
        assertThat(nb.body()).doesNotContain("\"5,6\"").as("a number stays a number in Excel");
    }

    @Test
    void theOtherSeparatorCanBeAskedForAndAWrongOneIsRefused() {
        kari.post("visits", visit(cafe, at(monday, 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS")).expect(201);
        String path = specialist(kariName) + "/weekly?week=" + week;

        List<List<String>> comma = parseCsv(csv(kari.speaking("nb"), path + "&separator=comma").expect(200).body(), ',');
        List<List<String>> semicolon = parseCsv(csv(kari.speaking("en"), path + "&separator=semicolon").expect(200).body(), ';');

        assertThat(comma.get(0)).startsWith("Uke (ISO)", "Fra", "Til");
        assertThat(semicolon.get(0)).startsWith("ISO week", "From", "To");
        assertThat(semicolon.get(1)).startsWith(week, monday.toString(), sunday.toString(), "1");
        assertThat(csv(kari.speaking("nb"), path + "&separator=tab").invalidFields()).containsExactly("separator");
    }

    @Test
    void reviewStatesAreLabelledInTheLanguage() {
        List<List<String>> danish = parseCsv(csv(liv.speaking("da"), specialist(kariName) + "/reviews?week=" + week).expect(200).body(), ';');

        assertThat(danish.get(0)).contains("Gennemgang");
        assertThat(cell(danish.get(0), danish.get(1), "Gennemgang")).isEqualTo("Ikke gennemgået");
    }

    @Test
    void theSameWorksheetInEachLanguageWithTheScalesOwnItemNames() {
        kari.post("visits", visit(cafe, at(monday.plusDays(1), 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS")).expect(201);
        String worksheet = teamReport() + "/worksheet?week=" + week;

        String nb = liv.speaking("nb").get(worksheet).expect(200).body();
        String da = liv.speaking("da").get(worksheet).expect(200).body();
        String en = liv.speaking("en").get(worksheet).expect(200).body();

        assertThat(nb).contains("<html lang=\"nb\">", "Jobbutvikling – hyppig arbeidsgiverkontakt", "Størrelse på portefølje",
                "Telleregler", "Ansikt-til-ansikt-kontakter").doesNotContain("faceToFaceContacts").doesNotContain("Scorecard");
        assertThat(da).contains("<html lang=\"da\">", "Jobudvikling – hyppig arbejdsgiverkontakt", "Tælleregler",
                "Personlige kontakter").doesNotContain("faceToFaceContacts");
        assertThat(en).contains("<html lang=\"en\">", "Frequent employer contact", "Counting rules").contains(EMPLOYER_ITEMS);
        assertThat(nb).contains("Bodø &amp; Salten &lt;IPS&gt;");
        assertThat(nb).as("how each item was scored, in bokmål too").contains("gir skåre").doesNotContain(" scores ");
        assertThat(da).contains("giver score").doesNotContain(" scores ");
    }

    @Test
    void theAuditsNewPartsAndVoidingSpeakTheLanguageToo() {
        long fair = kari.post("visits", visit(hotel, at(monday.plusDays(1), 9, 0), "EVENT", 120, 30,
                "LEARNS_EMPLOYER_NEEDS")).expect(201).id();
        String worksheet = teamReport() + "/worksheet?week=" + week;

        String da = liv.speaking("da").get(worksheet).expect(200).body();
        String nb = liv.speaking("nb").get(worksheet).expect(200).body();
        // the outliers, the counting rules as footnotes, the month column and the minutes beside each share
        assertThat(da).contains("Tid ude i samfundet: de længste besøg og dage", "Besøg " + fair, "120 + 30 = 150",
                "Et besøg, der er ugyldiggjort", "Måned (torsdagens)", "Timer om ugen (minutter)", " af ")
                .doesNotContain("Longest visits").doesNotContain("Counting rules").doesNotContain("A visit voided");
        assertThat(nb).contains("Tid ute i samfunnet: de lengste besøkene og dagene", "Lengste dager",
                "Båndgrenser: hvert bånd", "Arrangement").doesNotContain("were still waiting");

        List<List<String>> csv = parseCsv(csv(kari.speaking("nb"), specialist(kariName) + "?week=" + week).expect(200)
                .body(), ';');
        assertThat(csv.get(0)).contains("Minutter per uke", "Holdt utenfor kontaktraten fordi");
        assertThat(cell(csv.get(0), csv.get(1), "Minutter per uke")).isEqualTo("2250");
        List<List<String>> waits = parseCsv(csv(kari.speaking("da"), specialist(kariName) + "/first-contacts?week="
                + week).expect(200).body(), ';');
        assertThat(waits.get(0)).contains("Venter stadig pr. (dage talt til)");

        // why a visit of the week did not count, and a refused second void, in the reader's words
        JsonObject entry = kari.speaking("nb").get(specialist(kariName) + "/weeks/" + week + "/visits").expect(200)
                .json().getJsonArray("visits").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("visitId").longValue() == fair).findFirst().orElseThrow();
        assertThat(entry.getJsonObject("faceToFace").getString("reason")).isEqualTo("EVENT");
        assertThat(entry.getJsonObject("faceToFace").getString("explanation")).startsWith("et arrangement som en jobbmesse");
        String etag = kari.get("visits/" + fair).expect(200).header("ETag");
        JsonObject body = Json.createObjectBuilder().add("reason", "feil dag").build();
        assertThat(kari.speaking("da").post("visits/" + fair + "/void", Json.createObjectBuilder().add("reason", " ")
                .build(), Map.of("If-Match", etag)).problem(400).toString()).contains("skriv, hvorfor besøget er ugyldigt");
        assertThat(ola.speaking("da").post("visits/" + fair + "/void", body, Map.of("If-Match", etag)).problem(403)
                .getString("detail")).startsWith("Kun " + kariName + ", som loggede besøget");
        kari.post("visits/" + fair + "/void", body, Map.of("If-Match", etag)).expect(200);
        assertThat(kari.speaking("da").post("visits/" + fair + "/void", body, Map.of("If-Match", etag)).problem(409)
                .getString("detail")).contains("blev ugyldiggjort af " + kariName, "(\"feil dag\")",
                        "kan ikke ugyldiggøres igen");
    }
}
