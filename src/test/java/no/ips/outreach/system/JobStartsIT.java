package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filling an opening is one transaction: the job start, the opening and the participant's status move together. */
class JobStartsIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private Client kari;
    private Client ola;
    private Client liv;
    private long employer;

    @BeforeEach
    void aTeamAndAnEmployer() {
        String team = teams.team("nav-js-" + suffix);
        kari = teams.specialist("kari-" + suffix, team);
        ola = teams.specialist("ola-" + suffix, team);
        liv = teams.manager("liv-" + suffix, team);
        employer = kari.post("employers", TestData.employer("Job starts AS " + suffix).build()).expect(201).id();
    }

    @Test
    void fillingAnOpeningStartsTheJobFillsTheOpeningAndEmploysTheParticipant() {
        long participant = participant(kari, "AH", 30);
        long opening = opening(1);

        Reply started = kari.post("job-starts", fill(participant, opening).build()).expect(201);

        JsonObject start = started.json();
        assertThat(start.getJsonNumber("employerId").longValue()).isEqualTo(employer);
        assertThat(start.getString("occupationCode")).isEqualTo("5120");
        assertThat(start.getBoolean("competitive")).isTrue();
        assertThat(kari.get("openings/" + opening).expect(200).json().getString("status")).isEqualTo("FILLED");
        assertThat(kari.get("participants/" + participant).expect(200).json().getString("status")).isEqualTo("EMPLOYED");
        assertThat(liv.get("job-starts?participantId=" + participant).expect(200).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void aFilledOpeningCannotBeFilledAgainAndNothingChanges() {
        long first = participant(kari, "AH", 30);
        long second = participant(kari, "BB", 30);
        long opening = opening(1);
        kari.post("job-starts", fill(first, opening).build()).expect(201);

        assertThat(kari.post("job-starts", fill(second, opening).build()).problem(409).getString("detail")).contains("FILLED");
        assertThat(kari.get("participants/" + second).json().getString("status")).isEqualTo("JOB_SEARCH");
        assertThat(kari.get("job-starts?participantId=" + second).json().getInt("total")).isZero();
    }

    @Test
    void twoSpecialistsTakingTheLastPositionAtOnceCannotBothSucceed() {
        long karis = participant(kari, "AH", 30);
        long olas = participant(ola, "OH", 30);
        long opening = opening(1);

        var first = CompletableFuture.supplyAsync(() -> kari.post("job-starts", fill(karis, opening).build()).status());
        var second = CompletableFuture.supplyAsync(() -> ola.post("job-starts", fill(olas, opening).build()).status());

        assertThat(List.of(first.join(), second.join())).containsOnlyOnce(201);
        assertThat(liv.get("job-starts?employerId=" + employer).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void anOpeningWithSeveralPositionsStaysOpenUntilTheLastIsTaken() {
        long opening = opening(2);

        kari.post("job-starts", fill(participant(kari, "AH", 30), opening).build()).expect(201);
        assertThat(kari.get("openings/" + opening).json().getString("status")).isEqualTo("OPEN");
        kari.post("job-starts", fill(participant(kari, "BB", 30), opening).build()).expect(201);
        assertThat(kari.get("openings/" + opening).json().getString("status")).isEqualTo("FILLED");
    }

    @Test
    void aJobCannotStartBeforeEnrolmentOrForSomeoneElsesParticipant() {
        long participant = participant(kari, "AH", 10);
        long opening = opening(1);

        assertThat(kari.post("job-starts", fill(participant, opening).add("startDate", TestData.today().minusDays(11).toString())
                .build()).invalidFields()).containsExactly("startDate");
        assertThat(ola.post("job-starts", fill(participant, opening).build()).invalidFields()).containsExactly("participantId");
        assertThat(kari.get("openings/" + opening).json().getString("status")).isEqualTo("OPEN");
        assertThat(kari.get("participants/" + participant).json().getString("status")).isEqualTo("JOB_SEARCH");
    }

    @Test
    void aJobWithoutAnOpeningNeedsItsTermsAndAValidOccupation() {
        long participant = participant(kari, "AH", 30);
        JsonObject direct = Json.createObjectBuilder().add("participantId", participant)
                .add("startDate", TestData.today().toString()).build();

        assertThat(kari.post("job-starts", direct).invalidFields())
                .containsExactlyInAnyOrder("employerId", "hoursPerWeek", "occupationCode", "competitive");
        JsonObject complete = Json.createObjectBuilder(direct).add("employerId", employer).add("hoursPerWeek", 20)
                .add("competitive", true).build();
        assertThat(kari.post("job-starts", Json.createObjectBuilder(complete).add("occupationCode", "9999").build())
                .invalidFields()).containsExactly("occupationCode");

        JsonObject cleaning = Json.createObjectBuilder(complete).add("occupationCode", "9112").build();
        Reply started = kari.post("job-starts", cleaning, Map.of("Idempotency-Key", "start-" + suffix)).expect(201);
        Reply retried = kari.post("job-starts", cleaning, Map.of("Idempotency-Key", "start-" + suffix)).expect(201);

        assertThat(retried.id()).isEqualTo(started.id());
        Reply ended = kari.post("job-starts/" + started.id() + "/end", Json.createObjectBuilder()
                .add("endDate", TestData.today().plusDays(30).toString()).add("reason", "Seasonal job").build(),
                Map.of("If-Match", started.header("ETag"))).expect(200);
        assertThat(ended.json().getString("endReason")).isEqualTo("Seasonal job");
        admin.get("job-starts").problem(403);
    }

    private long participant(Client specialist, String alias, int enrolledDaysAgo) {
        return specialist.post("participants", TeamFixture.participant(alias, "GENERAL")
                .add("enrolledOn", TestData.today().minusDays(enrolledDaysAgo).toString()).build()).expect(201).id();
    }

    private long opening(int positions) {
        return kari.post("openings", Json.createObjectBuilder().add("employerId", employer).add("title", "Kokk")
                .add("occupationCode", "5120").add("hoursPerWeek", 30).add("positions", positions).add("competitive", true)
                .add("source", "EMPLOYER_GOT_IN_TOUCH").build()).expect(201).id();
    }

    private static JsonObjectBuilder fill(long participant, long opening) {
        return Json.createObjectBuilder().add("participantId", participant).add("openingId", opening)
                .add("startDate", TestData.today().toString());
    }
}
