package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matching follows the participant's own preferences, explains itself, and points to employers to approach. The
 * world of this test is in Tromsø, far from the other tests' employers in Bodø, so rankings are its own.
 */
class MatchingIT {

    private static final double LAT = 69.6496;
    private static final double LON = 18.9560;

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private Client kari;
    private Client ola;
    private Client liv;
    private long restaurant;
    private long shop;
    private long bar;

    @BeforeEach
    void aTeamInTromso() {
        String team = teams.team("nav-m-" + suffix);
        kari = teams.specialist("kari-" + suffix, team);
        ola = teams.specialist("ola-" + suffix, team);
        liv = teams.manager("liv-" + suffix, team);
        restaurant = employer("Fjellheisen Restaurant " + suffix, "56.101", 0.01, false);
        shop = employer("Nerstranda Dagligvare " + suffix, "47.111", 0.02, false);
        bar = employer("Rorbua Bar " + suffix, "56.301", -0.01, false);
    }

    @Test
    void openingsAreRankedByTheParticipantsOwnPreferencesAndExplained() {
        long participant = participantWantingCookWork(kari, "GENERAL");
        long cook = opening(restaurant, "Kokk", "5120", 30);
        long cashier = opening(shop, "Kassamedarbeider", "5230", 30);
        long barCook = opening(bar, "Kokk i baren", "5120", 30);

        List<JsonObject> matches = kari.get("participants/" + participant + "/matches").expect(200).jsonArray()
                .getValuesAs(JsonObject.class);

        List<Long> ids = matches.stream().map(m -> m.getJsonNumber("openingId").longValue()).toList();
        assertThat(ids).containsSubsequence(cook, cashier).doesNotContain(barCook);
        JsonObject best = matches.get(ids.indexOf(cook));
        int sum = best.getJsonArray("parts").getValuesAs(JsonObject.class).stream().mapToInt(p -> p.getInt("points")).sum();
        assertThat(best.getInt("score")).isEqualTo(sum).isGreaterThan(matches.get(ids.indexOf(cashier)).getInt("score"));
        assertThat(best.getJsonArray("parts").getJsonObject(0).getString("explanation")).isEqualTo("Cooks (5120) is their 1st choice");
    }

    @Test
    void theirOwnHardLimitsExcludeAndCanBeShownWithTheReason() {
        long participant = participantWantingCookWork(kari, "GENERAL");
        long barCook = opening(bar, "Kokk i baren", "5120", 30);

        List<JsonObject> all = kari.get("participants/" + participant + "/matches?includeExcluded=true&limit=100").expect(200)
                .jsonArray().getValuesAs(JsonObject.class);

        JsonObject excluded = all.stream().filter(m -> m.getJsonNumber("openingId").longValue() == barCook).findFirst().orElseThrow();
        assertThat(excluded.getString("exclusion")).contains("56.3");
    }

    @Test
    void aParticipantWithoutPreferencesIsToldWhatToRecord() {
        long participant = kari.post("participants", TeamFixture.participant("NP", "GENERAL").build()).expect(201).id();

        assertThat(kari.get("participants/" + participant + "/matches").problem(422).getString("detail"))
                .contains("occupations").contains("hours").contains("home area");
    }

    @Test
    void matchingIsScopedLikeTheCaseload() {
        long participant = participantWantingCookWork(kari, "GENERAL");
        long cook = opening(restaurant, "Kokk", "5120", 30);

        ola.get("participants/" + participant + "/matches").problem(404);
        admin.get("participants/" + participant + "/matches").problem(403);
        kari.get("participants/" + participant + "/matches?limit=101").problem(400);
        assertThat(candidates(kari, cook)).contains(participant);
        assertThat(candidates(ola, cook)).doesNotContain(participant);
        assertThat(candidates(liv, cook)).contains(participant);
        kari.get("openings/" + Long.MAX_VALUE / 5 + "/candidates").problem(404);
    }

    @Test
    void whatTheEmployerMayHearFollowsConsent() {
        long silent = participantWantingCookWork(kari, "NONE");
        long open = participantWantingCookWork(kari, "GENERAL");
        long cook = opening(restaurant, "Kokk", "5120", 30);

        List<JsonObject> candidates = kari.get("openings/" + cook + "/candidates").expect(200).jsonArray().getValuesAs(JsonObject.class);

        String toSilent = pitch(candidates, silent);
        String toOpen = pitch(candidates, open);
        assertThat(toSilent).doesNotContain("Punctual").doesNotContain("Kokker").doesNotContain("AH")
                .isEqualTo("En jobbsøker fra vår IPS-tjeneste som er interessert i denne typen arbeid.");
        assertThat(toOpen).as("the employer is in Norway: bokmål").startsWith("Interessert i Kokker").contains("Punctual");
        String inEnglish = pitch(kari.get("openings/" + cook + "/candidates?employerLanguage=en").expect(200).jsonArray()
                .getValuesAs(JsonObject.class), open);
        assertThat(inEnglish).startsWith("Interested in Cooks").contains("Punctual");
    }

    @Test
    void withoutASuitableOpeningTheAnswerIsEmployersToApproach() {
        long participant = participantWantingCookWork(kari, "GENERAL");
        long doNotContact = employer("Stengt Kafé " + suffix, "56.101", 0.015, true);
        kari.post("visits", TestData.visit(restaurant, TestData.daysAgo(100)).build()).expect(201);

        List<JsonObject> employers = kari.get("participants/" + participant + "/employers-to-approach").expect(200).jsonArray()
                .getValuesAs(JsonObject.class);

        List<Long> ids = employers.stream().map(e -> e.getJsonNumber("employerId").longValue()).toList();
        assertThat(ids).contains(restaurant).doesNotContain(doNotContact, bar);
        JsonObject known = employers.get(ids.indexOf(restaurant));
        assertThat(known.getString("colleague")).isEqualTo("kari-" + suffix);
        assertThat(known.getJsonArray("reasons").toString()).contains("industry they want");
    }

    private long participantWantingCookWork(Client specialist, String disclosure) {
        Reply created = specialist.post("participants", TeamFixture.participant("AH", disclosure)
                .add("enrolledOn", TestData.today().minusDays(10).toString()).build()).expect(201);
        specialist.put("participants/" + created.id() + "/preferences", Json.createObjectBuilder()
                .add("occupations", Json.createArrayBuilder().add("5120").add("9412"))
                .add("desiredIndustries", Json.createArrayBuilder().add("56.1"))
                .add("excludedIndustries", Json.createArrayBuilder().add("56.3"))
                .add("hoursMin", 20).add("hoursMax", 37.5).add("maxTravelKm", 15)
                .add("home", Json.createObjectBuilder().add("municipalityCode", "5501").add("latitude", LAT).add("longitude", LON))
                .add("strengths", "Punctual and calm").build(), created.header("ETag")).expect(200);
        return created.id();
    }

    private long employer(String name, String nace, double offset, boolean doNotContact) {
        JsonObjectBuilder body = TestData.employer(name).add("naceCode", nace).add("address", Json.createObjectBuilder()
                .add("street", "Storgata 1").add("postcode", "9008").add("city", "Tromsø").add("municipalityCode", "5501")
                .add("latitude", LAT + offset).add("longitude", LON + offset));
        if (doNotContact) {
            body.add("doNotContact", true).add("doNotContactReason", "Asked not to be contacted this season");
        }
        return kari.post("employers", body.build()).expect(201).id();
    }

    private long opening(long employer, String title, String occupation, int hours) {
        return kari.post("openings", Json.createObjectBuilder().add("employerId", employer).add("title", title)
                .add("occupationCode", occupation).add("hoursPerWeek", hours).add("positions", 1).add("competitive", true)
                .add("source", "EMPLOYER_GOT_IN_TOUCH").build()).expect(201).id();
    }

    private static List<Long> candidates(Client client, long opening) {
        return client.get("openings/" + opening + "/candidates").expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().map(c -> c.getJsonNumber("participantId").longValue()).toList();
    }

    private static String pitch(List<JsonObject> candidates, long participant) {
        return candidates.stream().filter(c -> c.getJsonNumber("participantId").longValue() == participant)
                .findFirst().orElseThrow().getString("forEmployer");
    }
}
