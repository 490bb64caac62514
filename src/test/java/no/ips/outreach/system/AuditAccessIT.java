package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
/**
 * Who may see whose outreach figures, and which periods a report covers: a specialist their own, managers their
 * teams', administrators the country; a period is a week, a month or a range, and anything else is a clear 400.
 */
class AuditAccessIT extends AuditScenario {

    @Test
    void aSpecialistSeesOnlyTheirOwnFiguresAndTeamFiguresAreForTheTeamsManagers() {
        kari.post("visits", visit(cafe, at(monday.plusDays(1), 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS"))
                .expect(201);
        String ofTheWeek = "?week=" + week;

        kari.get(specialist(kariName) + ofTheWeek).expect(200);
        kari.get(specialist("ola-" + suffix) + ofTheWeek).problem(403);
        kari.get(specialist("ola-" + suffix) + "/first-contacts" + ofTheWeek).problem(403);
        kari.get(specialist("per-" + suffix) + ofTheWeek).problem(404);
        ola.get(specialist(kariName) + ofTheWeek).problem(403);
        kari.get(teamReport() + ofTheWeek).problem(403);
        kari.get(teamReport() + "/reviews" + ofTheWeek).problem(403);
        per.get(teamReport() + ofTheWeek).problem(404);

        mona.get(teamReport() + ofTheWeek).problem(404);
        mona.get(teamReport() + "/scorecard" + ofTheWeek).problem(404);
        mona.get(specialist(kariName) + ofTheWeek).problem(404);
        liv.get(specialist("per-" + suffix) + ofTheWeek).problem(404);
        assertThat(liv.get(teamReport() + ofTheWeek).expect(200).json().getJsonObject("totals")
                .getInt("faceToFaceContacts")).isEqualTo(1);
        assertThat(liv.get(specialist("ola-" + suffix) + ofTheWeek).expect(200).json().getJsonObject("totals")
                .getInt("faceToFaceContacts")).isZero();
        admin.get(specialist("nobody-" + suffix) + ofTheWeek).problem(404);

        liv.get("audit/national" + ofTheWeek).problem(403);
        kari.get("audit/national" + ofTheWeek).problem(403);
        String emptyTeam = teams.team("nav-ae-" + suffix);
        JsonObject national = admin.get("audit/national" + ofTheWeek).expect(200).json();
        var lines = national.getJsonArray("teams").getValuesAs(JsonObject.class);
        JsonObject ours = lines.stream().filter(t -> t.getString("code").equals(teamCode)).findFirst().orElseThrow();
        assertThat(ours.getJsonNumber("teamId").longValue()).isEqualTo(team);
        assertThat(ours.getString("name")).isEqualTo(teamName);
        assertThat(ours.getInt("specialists")).isEqualTo(2);
        assertThat(ours.getJsonObject("figures").getInt("faceToFaceContacts")).isEqualTo(1);
        assertThat(ours.getJsonObject("figures").getInt("communityMinutes")).isEqualTo(55);
        assertThat(ours.getJsonObject("figures").getInt("scheduledMinutes")).isEqualTo(900 * workingDays);
        assertThat(ours.getInt("weeksDue")).isEqualTo(2);
        JsonObject empty = lines.stream().filter(t -> t.getString("code").equals(emptyTeam)).findFirst().orElseThrow();
        assertThat(empty.getInt("specialists")).isZero();
        assertThat(empty.getJsonObject("figures").getInt("faceToFaceContacts")).isZero();
        assertThat(national.getJsonObject("totals").getInt("faceToFaceContacts")).isGreaterThanOrEqualTo(1);
        assertThat(admin.get("audit/national/weekly" + ofTheWeek).expect(200).jsonArray().getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("week")).containsExactly(week);
        admin.get(teamReport() + ofTheWeek).expect(200);
    }

    @Test
    void aPeriodIsOneOfWeekMonthOrFromAndTo() {
        String report = teamReport();

        assertThat(liv.get(report).invalidFields()).containsExactly("period");
        assertThat(liv.get(report + "?week=" + week + "&month=2026-11").invalidFields()).containsExactly("period");
        assertThat(liv.get(report + "?month=2026-13").invalidFields()).containsExactly("month");
        assertThat(liv.get(report + "?week=2026-W60").invalidFields()).containsExactly("week");
        assertThat(liv.get(report + "?from=2026-03-31&to=2026-03-01").invalidFields()).containsExactly("to");
        assertThat(liv.get(report + "?from=2026-03-01").invalidFields()).containsExactly("to");
        assertThat(kari.get(specialist(kariName) + "/weekly?month=11-2026").invalidFields()).containsExactly("month");
        JsonObject month = liv.get(report + "?month=2026-02").expect(200).json().getJsonObject("period");
        assertThat(month.getString("from")).isEqualTo("2026-02-01");
        assertThat(month.getString("to")).isEqualTo("2026-02-28");
        assertThat(number(month, "workingWeeks")).isEqualTo(4.0);
    }
}
