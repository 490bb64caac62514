package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A visit names the participants it was for, within their consent, and only the right people see who. */
class VisitParticipantsIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private Client kari;
    private Client ola;
    private Client liv;
    private long employer;
    private long general;
    private long silent;

    @BeforeEach
    void aTeamWithTwoParticipants() {
        String team = teams.team("nav-vp-" + suffix);
        kari = teams.specialist("kari-" + suffix, team);
        ola = teams.specialist("ola-" + suffix, team);
        liv = teams.manager("liv-" + suffix, team);
        employer = kari.post("employers", TestData.employer("Linked visits AS " + suffix).build()).expect(201).id();
        general = kari.post("participants", TeamFixture.participant("GEN", "GENERAL").build()).expect(201).id();
        silent = kari.post("participants", TeamFixture.participant("NON", "NONE").build()).expect(201).id();
    }

    @Test
    void aVisitKeepsItsParticipantsButShowsThemOnlyToTheirSpecialistAndManagers() {
        long visit = kari.post("visits", forParticipants(links().add(link(general, "GENERAL")).add(link(silent, "NONE"))))
                .expect(201).id();

        assertThat(aliases(kari.get("visits/" + visit).expect(200).json())).containsExactly("GEN", "NON");
        assertThat(aliases(liv.get("visits/" + visit).expect(200).json())).containsExactly("GEN", "NON");
        assertThat(aliases(ola.get("visits/" + visit).expect(200).json())).isEmpty();
        assertThat(aliases(admin.get("visits/" + visit).expect(200).json())).isEmpty();
        assertThat(ola.get("visits/" + visit).body()).doesNotContain("NON").doesNotContain("GEN");
    }

    @Test
    void aVisitCannotDiscloseMoreThanTheParticipantAllowed() {
        var problem = kari.post("visits", forParticipants(links().add(link(general, "SPECIFIC")))).problem(400);

        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("participants[0].disclosure");
        assertThat(problem.toString()).contains("GEN allows GENERAL disclosure only");
        assertThat(kari.post("visits", forParticipants(links().add(link(silent, "GENERAL")))).invalidFields())
                .containsExactly("participants[0].disclosure");
        assertThat(visitsAtEmployer()).isZero();
    }

    @Test
    void onlyParticipantsFromTheCallersOwnCaseloadCanBeNamed() {
        assertThat(ola.post("visits", forParticipants(links().add(link(general, "NONE")))).invalidFields())
                .containsExactly("participants[0].participantId");
        assertThat(kari.post("visits", forParticipants(links().add(link(Long.MAX_VALUE / 3, "NONE")))).invalidFields())
                .containsExactly("participants[0].participantId");
        assertThat(visitsAtEmployer()).isZero();
    }

    @Test
    void aGeneralJobDevelopmentVisitIsNotOnBehalfOfParticipants() {
        var body = Json.createObjectBuilder(forParticipants(links().add(link(general, "GENERAL"))))
                .add("purpose", "GENERAL_JOB_DEVELOPMENT").build();

        assertThat(kari.post("visits", body).invalidFields()).containsExactly("participants");
    }

    @Test
    void namingAParticipantOnAVisitIsInTheAccessLog() {
        kari.post("visits", forParticipants(links().add(link(silent, "NONE")))).expect(201);

        assertThat(admin.get("access-log?participantId=" + silent).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(line -> line.getString("action")).toList()).contains("VISIT_LINK");
    }

    @Test
    void revisionsShowOnlyTheParticipantsTheReaderMaySeeOnTheVisitAndLogThose() {
        Reply logged = kari.post("visits", forParticipants(links().add(link(general, "GENERAL")))).expect(201);
        kari.put("visits/" + logged.id(), forParticipants(links().add(link(general, "NONE"))), logged.header("ETag")).expect(200);
        int before = readsLogged(general);

        String asAdmin = admin.get("visits/" + logged.id() + "/revisions").expect(200).body();
        String asManager = liv.get("visits/" + logged.id() + "/revisions").expect(200).body();

        assertThat(asAdmin).doesNotContain(general + ":GENERAL").doesNotContain(general + ":NONE")
                .doesNotContain("\"participants\"");
        assertThat(asManager).contains(general + ":GENERAL").contains(general + ":NONE");
        assertThat(readsLogged(general)).isEqualTo(before + 1);
    }

    private int readsLogged(long participant) {
        return admin.get("access-log?participantId=" + participant).expect(200).json().getInt("total");
    }

    private JsonObject forParticipants(JsonArrayBuilder links) {
        return TestData.visit(employer, TestData.daysAgo(1)).add("purpose", "PARTICIPANT_JOB_DEVELOPMENT")
                .add("participants", links).build();
    }

    private static JsonArrayBuilder links() {
        return Json.createArrayBuilder();
    }

    private static JsonObject link(long participant, String disclosure) {
        return Json.createObjectBuilder().add("participantId", participant).add("disclosure", disclosure).build();
    }

    private static java.util.List<String> aliases(JsonObject visit) {
        return visit.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .map(link -> link.getString("alias")).toList();
    }

    private int visitsAtEmployer() {
        return kari.get("employers/" + employer + "/visits").expect(200).json().getInt("total");
    }
}
