package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every planner and visit view that names a participant, over HTTP on MariaDB, is in the participant's access log. */
class PlannerAccessLogIT extends PlannerScenario {

    /**
     * Walks every view that names a participant by id and checks that each read adds its line to that participant's
     * access log. A new endpoint that returns participant ids belongs in this list.
     */
    @Test
    void everyViewThatNamesAParticipantIsInTheirAccessLog() {
        long cafe = employer("Loggkafeen", 1);
        long participant = kari.post("participants", TeamFixture.participant("Log P", "GENERAL").build()).expect(201).id();
        long planned = planFor(kari, kariName, plan(cafe, thursday, "10:00").add("purpose", "PARTICIPANT_JOB_DEVELOPMENT")
                .add("participantIds", Json.createArrayBuilder().add(participant))).expect(201).id();
        Reply logged = kari.post("visits", linkedVisit(cafe, participant, "GENERAL")).expect(201);
        long visit = logged.id();
        kari.put("visits/" + visit, linkedVisit(cafe, participant, "NONE"), logged.header("ETag")).expect(200);
        long start = kari.post("job-starts", Json.createObjectBuilder().add("participantId", participant).add("employerId", cafe)
                .add("occupationCode", "5120").add("hoursPerWeek", 20).add("competitive", true)
                .add("startDate", LocalDate.now(OSLO).minusDays(1).toString()).build()).expect(201).id();

        for (String view : List.of("participants/" + participant, "participants?limit=200", "visits/" + visit,
                "visits/" + visit + "/revisions", "visits?limit=200", "employers/" + cafe + "/visits",
                "job-starts/" + start, "job-starts?participantId=" + participant, "planned-visits/" + planned,
                "planner/" + kariName + "/weeks/" + week, "planner/" + kariName + "/weeks/" + week + "/calendar")) {
            int before = logged(participant);
            kari.get(view).expect(200);
            assertThat(logged(participant)).as(view).isGreaterThan(before);
        }
    }

    private static JsonObject linkedVisit(long employer, long participant, String disclosure) {
        return TestData.visit(employer, TestData.daysAgo(1)).add("purpose", "PARTICIPANT_JOB_DEVELOPMENT")
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("participantId", participant).add("disclosure", disclosure))).build();
    }

    private int logged(long participant) {
        return admin.get("access-log?participantId=" + participant).expect(200).json().getInt("total");
    }
}
