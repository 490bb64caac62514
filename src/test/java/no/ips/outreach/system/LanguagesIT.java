package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the server writes for people comes in the caller's language: their stored choice, else Accept-Language, else bokmål. */
class LanguagesIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String user = "lang-" + UUID.randomUUID().toString().substring(0, 6);
    private final Client specialist = outreach.as(user, SPECIALIST);

    @Test
    void theSameErrorInEachLanguageKeepsItsTypeStatusAndFieldNames() {
        var body = TestData.employer("Språk AS").add("address", Json.createObjectBuilder().add("postcode", "80")).build();

        JsonObject nb = specialist.speaking("nb-NO,nb;q=0.9").post("employers", body).problem(400);
        JsonObject da = specialist.speaking("da").post("employers", body).problem(400);
        JsonObject en = specialist.speaking("en-GB").post("employers", body).problem(400);

        assertThat(nb.getString("title")).isEqualTo("Ugyldige opplysninger");
        assertThat(da.getString("title")).isEqualTo("Ugyldige oplysninger");
        assertThat(en.getString("title")).isEqualTo("Invalid input");
        assertThat(message(nb, "address.postcode")).isEqualTo("må være et firesifret postnummer");
        assertThat(message(da, "address.postcode")).isEqualTo("skal være et firecifret postnummer");
        assertThat(message(en, "address.postcode")).isEqualTo("must be a 4-digit postcode");
        for (JsonObject problem : new JsonObject[] {nb, da, en}) {
            assertThat(problem.getString("type")).isEqualTo("about:blank");
            assertThat(problem.getInt("status")).isEqualTo(400);
        }
    }

    @Test
    void aRuleOfTheRegisterIsExplainedInTheLanguage() {
        var body = TestData.employer("Kontrollsiffer AS", "923609017").build();

        assertThat(message(specialist.speaking("nb").post("employers", body).problem(400), "orgNumber"))
                .isEqualTo("Kontrollsifferet er feil (MOD11): med disse første 8 sifrene må det siste sifferet være 6.");
        assertThat(message(specialist.speaking("da").post("employers", body).problem(400), "orgNumber"))
                .isEqualTo("Kontrolcifferet er forkert (MOD11): med disse første 8 cifre skal det sidste ciffer være 6.");
        assertThat(message(specialist.speaking("en").post("employers", body).problem(400), "orgNumber"))
                .isEqualTo("The check digit is wrong (MOD11): with these first 8 digits the last digit must be 6.");
    }

    @Test
    void aMissingThingIsNamedInTheLanguage() {
        assertThat(specialist.speaking("nb").get("employers/987654321").problem(404).getString("detail"))
                .isEqualTo("Arbeidsgiver 987654321 finnes ikke.");
        assertThat(specialist.speaking("da").get("employers/987654321").problem(404).getString("detail"))
                .isEqualTo("Arbejdsgiver 987654321 findes ikke.");
        assertThat(specialist.speaking("en").get("employers/987654321").problem(404).getString("title")).isEqualTo("Not found");
    }

    @Test
    void withoutAHeaderOrAChoiceTheServiceWritesBokmal() {
        assertThat(specialist.speaking(null).get("employers/987654321").problem(404).getString("title")).isEqualTo("Finnes ikke");
        assertThat(specialist.speaking("sv-SE").get("me").expect(200).json().getString("language")).isEqualTo("nb");
    }

    @Test
    void theStoredChoiceWinsOverTheHeaderUntilItIsForgotten() {
        Client english = specialist.speaking("en");

        JsonObject me = english.put("me/language", Json.createObjectBuilder().add("language", "da").build(), null).expect(200).json();

        assertThat(me.getString("language")).isEqualTo("da");
        assertThat(me.getString("preferredLanguage")).isEqualTo("da");
        assertThat(english.get("employers/987654321").problem(404).getString("title")).isEqualTo("Findes ikke");

        english.send(english.request("me/language").DELETE()).expect(204);

        assertThat(english.get("employers/987654321").problem(404).getString("title")).isEqualTo("Not found");
        assertThat(english.get("me").json().get("preferredLanguage")).as("no choice stored").isIn(null, jakarta.json.JsonValue.NULL);
    }

    @Test
    void anUnknownLanguageIsRefusedInTheCallersLanguage() {
        var problem = specialist.speaking("nb").put("me/language", Json.createObjectBuilder().add("language", "sv").build(), null).problem(400);

        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("language");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("'sv' er ikke et språk denne tjenesten kan; bruk et av nb, da, en.");
    }

    private static String message(JsonObject problem, String field) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(error -> error.getString("field").equals(field)).findFirst().orElseThrow().getString("message");
    }

    @Test
    void labelsComeForEveryEnumInTheAskedLanguageKeyedByTheCodes() {
        JsonObject nb = specialist.get("labels?lang=nb").expect(200).json();
        JsonObject da = specialist.speaking("da").get("labels").expect(200).json();

        assertThat(nb.getString("language")).isEqualTo("nb");
        assertThat(nb.getJsonObject("labels").getJsonObject("VisitMode").getString("IN_PERSON")).isEqualTo("Ansikt til ansikt");
        assertThat(da.getString("language")).isEqualTo("da");
        assertThat(da.getJsonObject("labels").getJsonObject("RelationshipStage").getString("DORMANT")).isEqualTo("Hvilende");
        assertThat(specialist.get("labels?lang=sv").invalidFields()).containsExactly("lang");
    }
}
