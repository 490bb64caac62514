package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import no.ips.outreach.audit.entity.IsoWeek;

/**
 * What the planner's system tests share: one team on MariaDB with two specialists, a manager and a specialist of
 * another team, employers placed by kilometres east of the office, and plans for Thursday next week.
 */
abstract class PlannerScenario {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final double OFFICE_LAT = 67.2804;
    static final double OFFICE_LON = 14.4049;
    /** Degrees of longitude per kilometre at the office's latitude. */
    static final double LON_PER_KM = 1 / (111.195 * Math.cos(Math.toRadians(OFFICE_LAT)));

    final Outreach outreach = Outreach.onMariaDb();
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final Client admin = outreach.as("admin-" + suffix, ADMIN);
    final TeamFixture teams = new TeamFixture(outreach, admin);
    final String team = teams.team("nav-p-" + suffix);
    final String kariName = "kari-" + suffix;
    final Client kari = teams.specialist(kariName, team);
    final Client ola = teams.specialist("ola-" + suffix, team);
    final Client liv = teams.manager("liv-" + suffix, team);
    final Client eve = teams.specialist("eve-" + suffix, teams.team("nav-q-" + suffix));
    /** Thursday next week, so that every plan is ahead whenever the test runs. */
    final LocalDate thursday = LocalDate.now(OSLO).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(3);
    final String week = IsoWeek.of(thursday).toString();

    long employer(String name, double kmEastOfOffice) {
        return employer(TestData.employer(name).add("address", address(OFFICE_LAT, OFFICE_LON + kmEastOfOffice * LON_PER_KM)));
    }

    long employer(JsonObjectBuilder body) {
        return kari.post("employers", body.add("tags", Json.createArrayBuilder()).build()).expect(201).id();
    }

    /** A fresh CVR number: seven digits and the modulus-11 check digit. */
    static String cvr() {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        var random = new java.util.Random();
        while (true) {
            StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 1; i < 7; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += weights[i] * (digits.charAt(i) - '0');
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return digits.append(check).toString();
            }
        }
    }

    static JsonObjectBuilder address(double latitude, double longitude) {
        return Json.createObjectBuilder().add("street", "Sjøgata 3, 2. etasje").add("postcode", "8006").add("city", "Bodø")
                .add("municipalityCode", "1804").add("latitude", latitude).add("longitude", longitude);
    }

    JsonObjectBuilder plan(long employerId, LocalDate day, String time) {
        return Json.createObjectBuilder().add("employerId", employerId).add("day", day.toString()).add("startsAt", time)
                .add("durationMinutes", 45).add("purpose", "GENERAL_JOB_DEVELOPMENT");
    }

    Reply planFor(Client who, String specialist, JsonObjectBuilder plan) {
        return who.post("planner/" + specialist + "/visits", plan.build());
    }

    JsonObject weekOf(Client who, String specialist) {
        return who.get("planner/" + specialist + "/weeks/" + week).expect(200).json();
    }

    void officeAtTheHarbour() {
        JsonObject teamJson = admin.get("teams").expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(team)).findFirst().orElseThrow();
        Reply current = admin.get("specialists/" + kariName).expect(200);
        admin.put("specialists/" + kariName, Json.createObjectBuilder().add("username", kariName)
                .add("teamId", teamJson.getJsonNumber("id").longValue())
                .add("office", Json.createObjectBuilder().add("street", "Kontoret 1").add("postcode", "8006").add("city", "Bodø")
                        .add("municipalityCode", "1804").add("latitude", OFFICE_LAT).add("longitude", OFFICE_LON))
                .build(), current.header("ETag")).expect(200);
    }
}
