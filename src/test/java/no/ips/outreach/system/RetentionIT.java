package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Storage limitation over HTTP: what an administrator starts, sees and gets back, and who may not. */
class RetentionIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);

    @Test
    void aClosedParticipantUntouchedForTwoYearsIsAnonymisedAndOldAccessLogRowsGo() {
        String team = teams.team("nav-ret-" + suffix);
        Client kari = teams.specialist("kari-" + suffix, team);
        Client liv = teams.manager("liv-" + suffix, team);
        long finished = kari.post("participants", TeamFixture.participant("RF", "GENERAL").build()).expect(201).id();
        long active = kari.post("participants", TeamFixture.participant("RA", "GENERAL").build()).expect(201).id();
        LocalDateTime longAgo = LocalDateTime.now(ZoneOffset.UTC).minusMonths(30);
        outreach.sql("UPDATE participant SET status = 'CLOSED', updated_at = ? WHERE id = ?", longAgo, finished);
        outreach.sql("UPDATE participant SET updated_at = ? WHERE id = ?", longAgo, active);
        outreach.sql("INSERT INTO participant_access (accessed_at, username, participant_id, action) VALUES (?, ?, ?, 'READ')",
                LocalDateTime.now(ZoneOffset.UTC).minusYears(4), "old-reader-" + suffix, active);

        Reply ran = admin.post("retention/runs", "", Map.of("Idempotency-Key", "retention-" + suffix)).expect(201);
        Reply replayed = admin.post("retention/runs", "", Map.of("Idempotency-Key", "retention-" + suffix)).expect(201);

        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.json().getJsonNumber("id")).isEqualTo(ran.json().getJsonNumber("id"));
        assertThat(liv.get("participants/" + finished).expect(200).json().getString("alias")).isEqualTo("anonymised");
        assertThat(liv.get("participants/" + active).expect(200).json().getString("alias")).isEqualTo("RA");
        assertThat(admin.get("access-log?username=old-reader-" + suffix).expect(200).json().getJsonArray("items"))
                .as("a four-year-old access-log row is past the default 36 months").isEmpty();
        assertThat(admin.get("access-log?participantId=" + finished + "&username=system:retention").expect(200)
                .json().getJsonArray("items")).as("the anonymisation is logged under the job's name").hasSize(1);

        JsonObject status = admin.get("retention").expect(200).json();
        assertThat(status.getString("participantsAfter")).isEqualTo("P24M");
        assertThat(status.getString("accessLogFor")).isEqualTo("P36M");
        assertThat(status.getString("eventsFor")).isEqualTo("P30D");
        assertThat(status.getJsonArray("latestRuns").stream().map(run -> run.asJsonObject().getJsonNumber("id")))
                .contains(ran.json().getJsonNumber("id"));
        assertThat(admin.get("retention/runs/" + ran.id()).expect(200).json().getString("startedBy"))
                .isEqualTo("admin-" + suffix);
    }

    @Test
    void onlyAnAdministratorRunsOrReadsRetention() {
        String team = teams.team("nav-ret2-" + suffix);
        Client kari = teams.specialist("kari2-" + suffix, team);
        Client liv = teams.manager("liv2-" + suffix, team);

        kari.post("retention/runs", "", Map.of()).problem(403);
        liv.post("retention/runs", "", Map.of()).problem(403);
        liv.get("retention").problem(403);
        admin.get("retention/runs/" + Long.MAX_VALUE / 2).problem(404);
    }
}
