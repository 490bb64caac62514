package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
/**
 * The scene of the outreach-audit system tests: two teams with specialists and managers, five employers, and a helper
 * that logs last week's contacts (Europe/Oslo). Last week has ended, so it is due for review.
 */
abstract class AuditScenario {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final List<String> EMPLOYER_ITEMS = List.of("Caseload per specialist", "Rapid job search",
            "Individualized job search", "Frequent employer contact", "Quality of employer contact",
            "Diversity of job types", "Diversity of employers", "Competitive jobs", "Community-based services");

    final Outreach outreach = Outreach.onMariaDb();
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final Client admin = outreach.as("admin-" + suffix, ADMIN);
    final TeamFixture teams = new TeamFixture(outreach, admin);
    final LocalDate monday = LocalDate.now(OSLO).with(DayOfWeek.MONDAY).minusWeeks(1);
    final LocalDate sunday = monday.plusDays(6);
    final String week = isoWeek(monday);
    /** Last week's working days: five, less Norway's public holidays (the scenario's team is a NAV office). */
    final int workingDays = norwegianWorkingDays(monday);
    final String teamCode = "nav-au-" + suffix;
    final String teamName = "Bodø & Salten <IPS> \"Øst\" " + suffix;
    final String kariName = "kari-" + suffix;
    long team;
    Client kari;
    Client ola;
    Client per;
    Client liv;
    Client mona;
    long cafe;
    long bakery;
    long hotel;
    long shop;
    long garage;

    @BeforeEach
    void twoTeamsWithSpecialistsManagersAndEmployers() {
        team = admin.post("teams", Json.createObjectBuilder().add("code", teamCode).add("name", teamName)
                .add("kind", "NAV_OFFICE").build()).expect(201).id();
        String other = teams.team("nav-ao-" + suffix);
        kari = teams.specialist(kariName, teamCode);
        ola = teams.specialist("ola-" + suffix, teamCode);
        per = teams.specialist("per-" + suffix, other);
        liv = teams.manager("liv-" + suffix, teamCode);
        mona = teams.manager("mona-" + suffix, other);
        cafe = employer("Kafé Torget");
        bakery = employer("Bakeriet");
        hotel = employer("Hotell Nord");
        shop = employer("Butikken");
        garage = employer("Verkstedet");
    }

    record Logged(long id, JsonObject body) {
    }

    /**
     * Last week's log: five visits in person (the café twice), a call and an e-mail. In person: 55, 50, 85, 55 and
     * 65 minutes with travel, 310 in all, at quality levels 5, 4, 5, 4 and 2.
     */
    List<Logged> logTheWeek(Client specialist) {
        List<JsonObject> bodies = List.of(
                visit(cafe, at(monday, 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS"),
                visit(cafe, at(monday.plusDays(1), 9, 30), "IN_PERSON", 30, 20, "DESCRIBES_STRENGTHS"),
                visit(bakery, at(monday.plusDays(1), 14, 0), "IN_PERSON", 60, 25, "LEARNS_EMPLOYER_NEEDS"),
                visit(hotel, at(monday.plusDays(2), 10, 0), "IN_PERSON", 45, 10, "DESCRIBES_STRENGTHS"),
                visit(shop, at(monday.plusDays(3), 13, 0), "IN_PERSON", 35, 30, "ASKS_ABOUT_OPENINGS"),
                visit(garage, at(monday.plusDays(4), 11, 0), "PHONE", 10, 0, "ASKS_ABOUT_OPENINGS"),
                visit(cafe, at(monday, 0, 20), "EMAIL", 5, 0, "ASKS_ABOUT_OPENINGS"));
        List<Logged> logged = new ArrayList<>();
        for (JsonObject body : bodies) {
            logged.add(new Logged(specialist.post("visits", body).expect(201).id(), body));
        }
        return logged;
    }

    void correct(Logged visit, JsonObject corrected) {
        String etag = kari.get("visits/" + visit.id()).expect(200).header("ETag");
        kari.put("visits/" + visit.id(), corrected, etag).expect(200);
    }

    JsonObject review(Client reader) {
        var reviews = reader.get(specialist(kariName) + "/reviews?week=" + week).expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).getString("specialist")).isEqualTo(kariName);
        assertThat(reviews.get(0).getString("week")).isEqualTo(week);
        return reviews.get(0);
    }

    JsonObject teamLine(String username) {
        return liv.get(teamReport() + "?week=" + week).expect(200).json().getJsonArray("specialists")
                .getValuesAs(JsonObject.class).stream().filter(line -> line.getString("username").equals(username))
                .findFirst().orElseThrow();
    }

    static Reply signOff(Client manager, String path) {
        return manager.send(manager.request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    static Reply csv(Client client, String path) {
        return client.send(client.request(path).header("Accept", "text/csv").GET());
    }

    long employer(String name) {
        return kari.post("employers", TestData.employer(name + " " + suffix).build()).expect(201).id();
    }

    static JsonObject visit(long employer, OffsetDateTime at, String mode, int meeting, int travel, String quality) {
        return TestData.visit(employer, at).add("mode", mode).add("meetingMinutes", meeting).add("travelMinutes", travel)
                .add("quality", quality).build();
    }

    static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), OSLO).toOffsetDateTime();
    }

    static String specialist(String username) {
        return "audit/specialists/" + username;
    }

    String teamReport() {
        return "audit/teams/" + team;
    }

    static JsonObject score(JsonObject report, String item) {
        return report.getJsonArray("scorecard").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("item").equals(item)).findFirst().orElseThrow();
    }

    static double number(JsonObject object, String name) {
        return object.getJsonNumber(name).doubleValue();
    }

    /** Left out, or null: either way the reader learns nothing. */
    static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    /** Monday to Friday of the week, less Norway's public holidays, from the same maintained calendar as the service. */
    static int norwegianWorkingDays(LocalDate monday) {
        return 5 - HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY))
                .getHolidays(monday, monday.plusDays(4), HolidayType.PUBLIC_HOLIDAY).size();
    }

    /** A share as the report shows it away from any band edge: one decimal. */
    static double percent(long minutes, long ofMinutes) {
        return BigDecimal.valueOf(100.0 * minutes / ofMinutes).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    static String isoWeek(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String cell(List<String> header, List<String> row, String column) {
        assertThat(header).contains(column);
        return row.get(header.indexOf(column));
    }

    /** RFC 4180: comma-separated, CRLF line ends, quoted cells with doubled quotes; a leading byte-order mark is skipped. */
    static List<List<String>> parseCsv(String text) {
        return parseCsv(text, ',');
    }

    /** The same with another separator, as Norwegian and Danish Excel read (;). */
    static List<List<String>> parseCsv(String text, char separator) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertThat(cell).as("a quote opens a cell").isEmpty();
                assertThat(wasQuoted).as("a cell is quoted once").isFalse();
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r') {
                assertThat(i + 1 < csv.length() && csv.charAt(i + 1) == '\n').as("CR is followed by LF").isTrue();
                i++;
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
            } else {
                assertThat(c).as("a bare line feed outside quotes").isNotEqualTo('\n');
                assertThat(wasQuoted).as("nothing follows a closing quote but a separator").isFalse();
                cell.append(c);
            }
        }
        assertThat(quoted).as("every quoted cell is closed").isFalse();
        assertThat(cell.length() == 0 && row.isEmpty()).as("the last line ends with CRLF").isTrue();
        return rows;
    }
}
