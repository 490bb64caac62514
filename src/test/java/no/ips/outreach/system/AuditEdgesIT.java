package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rows of band-edges.csv (one per band edge and gap, written from the published IPS-25 scale) logged over the API,
 * one team each, and read back as JSON, as CSV and in the printable worksheet: the three show the same figure and the
 * same score, and both are the row's.
 */
class AuditEdgesIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private final LocalDate lastMonday = LocalDate.now(AuditScenario.OSLO).with(DayOfWeek.MONDAY).minusWeeks(1);

    record Edge(String edge, String weeklyHours, int jobSeekers, String period, int faceToFace, int communityMinutes,
                String review, String item, String figure, String score) {
    }

    @Test
    void everyEdgeReadsTheSameInTheJsonTheCsvAndTheWorksheet() throws Exception {
        // the week just ended is the only one a manager can still sign off in time; its country is the one whose
        // calendar gives it five working days, so that "a week" means five days as in the scale
        boolean norwayFull = fullWeek(HolidayCalendar.NORWAY);
        boolean denmarkFull = fullWeek(HolidayCalendar.DENMARK);
        String kindForLastWeek = norwayFull || !denmarkFull ? "NAV_OFFICE" : "JOBCENTRE";
        boolean lastWeekIsFull = norwayFull || denmarkFull;
        List<Edge> edges = edges();
        int i = 0;
        for (Edge edge : edges) {
            i++;
            boolean last = edge.period().equals("LAST");
            String period = last ? AuditScenario.isoWeek(lastMonday) : edge.period();
            World world = world(i, edge, last ? kindForLastWeek : "NAV_OFFICE");
            log(world, edge, days(period));
            if (edge.review().equals("WEEKLY")) {
                signOff(world, AuditScenario.isoWeek(lastMonday));
            } else if (edge.review().equals("MONTHLY")) {
                signOff(world, period);
            }
            check(world, edge, query(period), !last || lastWeekIsFull);
        }
        assertThat(i).isEqualTo(26);
    }

    private void check(World world, Edge edge, String query, boolean asTheRowSays) {
        String title = edge.item().equals("COMMUNITY_BASED_SERVICES") ? "Community-based services"
                : "Frequent employer contact";
        JsonObject report = world.manager().get("audit/teams/" + world.teamId() + "?" + query).expect(200).json();
        JsonObject totals = report.getJsonObject("totals");
        String jsonField = edge.item().equals("COMMUNITY_BASED_SERVICES") ? "communityPercent"
                : "faceToFacePerSpecialistWeek";
        String jsonFigure = AuditScenario.absent(totals, jsonField) ? "" : totals.getJsonNumber(jsonField).toString();
        JsonObject line = AuditScenario.score(report, edge.item());
        String jsonScore = AuditScenario.absent(line, "score") ? "" : String.valueOf(line.getInt("score"));

        List<List<String>> summary = AuditScenario.parseCsv(AuditScenario.csv(world.manager(),
                "audit/teams/" + world.teamId() + "?" + query).expect(200).body());
        String csvColumn = edge.item().equals("COMMUNITY_BASED_SERVICES") ? "Time in the community (%)"
                : "Face-to-face contacts per week";
        String csvFigure = AuditScenario.cell(summary.get(0), summary.get(1), csvColumn);
        List<List<String>> scorecard = AuditScenario.parseCsv(AuditScenario.csv(world.manager(),
                "audit/teams/" + world.teamId() + "/scorecard?" + query).expect(200).body());
        String csvScore = scorecard.stream().filter(row -> row.get(0).equals(title)).findFirst().orElseThrow().get(1);

        String worksheet = world.manager().get("audit/teams/" + world.teamId() + "/worksheet?" + query).expect(200).body();

        assertThat(csvFigure).as(edge.edge() + ": CSV figure").isEqualTo(jsonFigure);
        assertThat(csvScore).as(edge.edge() + ": CSV score").isEqualTo(jsonScore);
        assertThat(worksheet).as(edge.edge() + ": worksheet score")
                .contains("<tr><td>" + title + "</td><td class=\"score\">" + (jsonScore.isEmpty() ? "&ndash;" : jsonScore)
                        + "</td>");
        if (edge.item().equals("COMMUNITY_BASED_SERVICES")) {
            assertThat(worksheet).as(edge.edge() + ": worksheet figure").contains(">" + jsonFigure + "&nbsp;% of ");
        } else if (jsonFigure.isEmpty()) {
            assertThat(worksheet).as(edge.edge()).contains("left out: no job seekers")
                    .contains("Left out of the face-to-face contacts per week");
        } else {
            assertThat(worksheet).as(edge.edge() + ": worksheet figure").contains(">" + jsonFigure + " (");
        }
        if (asTheRowSays) {
            assertThat(jsonFigure).as(edge.edge() + ": figure").isEqualTo(edge.figure());
            assertThat(jsonScore).as(edge.edge() + ": score").isEqualTo(edge.score());
        }
    }

    record World(long teamId, String username, Client specialist, Client manager, long employer) {
    }

    private World world(int i, Edge edge, String kind) {
        String code = "edge-" + suffix + "-" + i;
        long teamId = admin.post("teams", Json.createObjectBuilder().add("code", code).add("name", "Edge " + i)
                .add("kind", kind).build()).expect(201).id();
        String username = "edge-" + suffix + "-" + i;
        JsonObject registered = admin.post("specialists", Json.createObjectBuilder().add("username", username)
                .add("teamId", teamId).add("weeklyHours", Json.createValue(new java.math.BigDecimal(edge.weeklyHours())))
                .build()).expect(201).json();
        assertThat(registered.getJsonNumber("weeklyHours").bigDecimalValue())
                .isEqualByComparingTo(edge.weeklyHours());
        Client specialist = outreach.as(username, SPECIALIST);
        for (int p = 0; p < edge.jobSeekers(); p++) {
            specialist.post("participants", TeamFixture.participant("P" + p, "NONE")
                    .add("externalRef", "EDGE-" + suffix + "-" + i + "-" + p).build()).expect(201);
        }
        Client manager = teams.manager("edge-lead-" + suffix + "-" + i, code);
        long employer = specialist.post("employers", TestData.employer("Edge " + suffix + " " + i).build()).expect(201).id();
        return new World(teamId, username, specialist, manager, employer);
    }

    /**
     * The row's face-to-face contacts as in-person visits, at most two a day, sharing the community minutes up to four
     * hours each; the minutes left over as events (a job fair counts as time in the community, not as a contact) of at
     * most eight hours, one a day.
     */
    private static void log(World world, Edge edge, List<LocalDate> days) {
        int inPersonMinutes = Math.min(edge.communityMinutes(), edge.faceToFace() * 240);
        int left = edge.communityMinutes() - inPersonMinutes;
        int day = 0;
        for (int v = 0; v < edge.faceToFace(); v++) {
            int minutes = inPersonMinutes / edge.faceToFace() + (v < inPersonMinutes % edge.faceToFace() ? 1 : 0);
            LocalDate on = days.get(day);
            world.specialist().post("visits", AuditScenario.visit(world.employer(),
                    AuditScenario.at(on, v % 2 == 0 ? 8 : 13, 0), "IN_PERSON", minutes, 0, "LEARNS_EMPLOYER_NEEDS"))
                    .expect(201);
            if (v % 2 == 1) {
                day++;
            }
        }
        day++;
        while (left > 0) {
            int minutes = Math.min(480, left);
            world.specialist().post("visits", AuditScenario.visit(world.employer(),
                    AuditScenario.at(days.get(day++), 8, 0), "EVENT", minutes, 0, "LEARNS_EMPLOYER_NEEDS")).expect(201);
            left -= minutes;
        }
    }

    private static void signOff(World world, String week) {
        AuditScenario.signOff(world.manager(), "audit/specialists/" + world.username() + "/weeks/" + week + "/review")
                .expect(200);
    }

    private static String query(String period) {
        return period.contains("W") ? "week=" + period : "month=" + period;
    }

    /** The weekdays of a week (2026-W46) or month (2026-11), in order. */
    private static List<LocalDate> days(String period) {
        LocalDate from;
        LocalDate to;
        if (period.contains("W")) {
            int year = Integer.parseInt(period.substring(0, 4));
            int week = Integer.parseInt(period.substring(6));
            from = LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(DayOfWeek.MONDAY);
            to = from.plusDays(6);
        } else {
            from = YearMonth.parse(period).atDay(1);
            to = YearMonth.parse(period).atEndOfMonth();
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0) {
                days.add(day);
            }
        }
        return days;
    }

    private boolean fullWeek(HolidayCalendar country) {
        return HolidayManager.getInstance(ManagerParameters.create(country))
                .getHolidays(lastMonday, lastMonday.plusDays(4), HolidayType.PUBLIC_HOLIDAY).isEmpty();
    }

    private static List<Edge> edges() throws Exception {
        List<Edge> edges = new ArrayList<>();
        try (var in = AuditEdgesIT.class.getResourceAsStream("/audit/band-edges.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                String[] c = row.split(",", -1);
                edges.add(new Edge(c[0], c[1], Integer.parseInt(c[2]), c[3], Integer.parseInt(c[4]),
                        Integer.parseInt(c[5]), c[6], c[7], c[8], c[9]));
            }
        }
        return edges;
    }
}
