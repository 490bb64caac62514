package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import no.ips.outreach.audit.entity.IsoWeek;
import org.junit.jupiter.api.Test;

/** The visit planner over HTTP on MariaDB: planning a week, its route, progress, coordination, completion and calendar. */
class PlannerIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final double OFFICE_LAT = 67.2804;
    private static final double OFFICE_LON = 14.4049;
    /** Degrees of longitude per kilometre at the office's latitude. */
    private static final double LON_PER_KM = 1 / (111.195 * Math.cos(Math.toRadians(OFFICE_LAT)));

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private final String team = teams.team("nav-p-" + suffix);
    private final String kariName = "kari-" + suffix;
    private final Client kari = teams.specialist(kariName, team);
    private final Client ola = teams.specialist("ola-" + suffix, team);
    private final Client liv = teams.manager("liv-" + suffix, team);
    private final Client eve = teams.specialist("eve-" + suffix, teams.team("nav-q-" + suffix));
    /** Thursday next week, so that every plan is ahead whenever the test runs. */
    private final LocalDate thursday = LocalDate.now(OSLO).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(3);
    private final String week = IsoWeek.of(thursday).toString();

    private long employer(String name, double kmEastOfOffice) {
        return employer(TestData.employer(name).add("address", address(OFFICE_LAT, OFFICE_LON + kmEastOfOffice * LON_PER_KM)));
    }

    private long employer(JsonObjectBuilder body) {
        return kari.post("employers", body.add("tags", Json.createArrayBuilder()).build()).expect(201).id();
    }

    /** A fresh CVR number: seven digits and the modulus-11 check digit. */
    private static String cvr() {
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

    private static JsonObjectBuilder address(double latitude, double longitude) {
        return Json.createObjectBuilder().add("street", "Sjøgata 3, 2. etasje").add("postcode", "8006").add("city", "Bodø")
                .add("municipalityCode", "1804").add("latitude", latitude).add("longitude", longitude);
    }

    private JsonObjectBuilder plan(long employerId, LocalDate day, String time) {
        return Json.createObjectBuilder().add("employerId", employerId).add("day", day.toString()).add("startsAt", time)
                .add("durationMinutes", 45).add("purpose", "GENERAL_JOB_DEVELOPMENT");
    }

    private Reply planFor(Client who, String specialist, JsonObjectBuilder plan) {
        return who.post("planner/" + specialist + "/visits", plan.build());
    }

    private JsonObject weekOf(Client who, String specialist) {
        return who.get("planner/" + specialist + "/weeks/" + week).expect(200).json();
    }

    private void officeAtTheHarbour() {
        JsonObject teamJson = admin.get("teams").expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(team)).findFirst().orElseThrow();
        Reply current = admin.get("specialists/" + kariName).expect(200);
        admin.put("specialists/" + kariName, Json.createObjectBuilder().add("username", kariName)
                .add("teamId", teamJson.getJsonNumber("id").longValue())
                .add("office", Json.createObjectBuilder().add("street", "Kontoret 1").add("postcode", "8006").add("city", "Bodø")
                        .add("municipalityCode", "1804").add("latitude", OFFICE_LAT).add("longitude", OFFICE_LON))
                .build(), current.header("ETag")).expect(200);
    }

    @Test
    void aDayIsRoutedFromTheOfficeAndTheWeekWarnsWhenThePlanCannotReachTheTarget() {
        officeAtTheHarbour();
        long far = employer("Tre km AS", 3);
        long near = employer("En km AS", 1);
        long middle = employer("To km AS", 2);
        planFor(kari, kariName, plan(far, thursday, "09:00")).expect(201);
        planFor(kari, kariName, plan(near, thursday, "11:00")).expect(201);
        planFor(kari, kariName, plan(middle, thursday, "13:00")).expect(201);

        JsonObject plan = weekOf(kari, kariName);

        JsonObject day = plan.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("day").equals(thursday.toString())).findFirst().orElseThrow();
        assertThat(day.getJsonArray("visits").getValuesAs(JsonObject.class)).as("in time order")
                .extracting(v -> v.getString("employerName")).containsExactly("Tre km AS", "En km AS", "To km AS");
        assertThat(day.getJsonNumber("kilometres").doubleValue()).as("3 + 2 + 1 + 2 km in that order, times the road factor 1.3")
                .isBetween(10.3, 10.5);
        assertThat(day.getJsonNumber("travelMinutes").longValue()).isEqualTo(16);
        List<Long> ids = day.getJsonArray("visits").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getJsonNumber("id").longValue()).toList();
        assertThat(day.getJsonArray("suggestedOrder").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(jakarta.json.JsonNumber::longValue).containsExactly(ids.get(1), ids.get(2), ids.get(0));
        assertThat(day.getJsonNumber("kilometresSaved").doubleValue()).as("6 km out and back instead of 8").isBetween(2.5, 2.7);
        assertThat(day.getJsonArray("notOnRoute")).isEmpty();
        JsonObject progress = plan.getJsonObject("progress");
        assertThat(progress.getInt("target")).isEqualTo(6);
        assertThat(progress.getInt("planned")).isEqualTo(3);
        assertThat(progress.getInt("shortBy")).isEqualTo(3);
        assertThat(progress.getString("warning")).contains("plan 3 more");
    }

    @Test
    void overlappingPlansAreRefusedAndAnEmployerWithoutAPositionIsListedAsNotOnTheRoute() {
        officeAtTheHarbour();
        long near = employer("Nær AS", 1);
        long nowhere = employer(TestData.employer("Uten Kart AS").add("address", Json.createObjectBuilder()
                .add("street", "Ukjent 1").add("city", "Bodø").add("municipalityCode", "1804"))); // no postcode to place it by
        long first = planFor(kari, kariName, plan(near, thursday, "09:00")).expect(201).id();

        JsonObject overlap = planFor(kari, kariName, plan(nowhere, thursday, "09:30")).problem(409);

        assertThat(overlap.getString("detail")).contains("planned visit " + first, "09:00");
        planFor(ola, "ola-" + suffix, plan(nowhere, thursday, "09:30")).expect(201);
        long later = planFor(kari, kariName, plan(nowhere, thursday, "09:45")).expect(201).id();
        JsonObject day = weekOf(kari, kariName).getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("day").equals(thursday.toString())).findFirst().orElseThrow();
        JsonObject left = day.getJsonArray("notOnRoute").getJsonObject(0);
        assertThat(left.getJsonNumber("plannedVisitId").longValue()).isEqualTo(later);
        assertThat(left.getString("reason")).contains("no coordinates");
        assertThat(day.getJsonNumber("kilometres").doubleValue()).as("1 km out and back to Nær AS only").isBetween(2.5, 2.7);
    }

    @Test
    void anEmployerRegisteredWithoutCoordinatesIsOnTheRouteAtItsPostcodeCentreAndTheVisitSaysSo() {
        officeAtTheHarbour();
        long placed = employer(TestData.employer("Postnummer AS").add("address", Json.createObjectBuilder()
                .add("street", "Ukjent 2").add("postcode", "8006").add("city", "Bodø").add("municipalityCode", "1804")));
        planFor(kari, kariName, plan(placed, thursday, "10:00")).expect(201);

        JsonObject day = weekOf(kari, kariName).getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("day").equals(thursday.toString())).findFirst().orElseThrow();

        assertThat(day.getJsonArray("notOnRoute")).isEmpty();
        JsonObject visit = day.getJsonArray("visits").getJsonObject(0);
        assertThat(visit.getBoolean("positionApproximate")).isTrue();
        assertThat(visit.getJsonNumber("latitude").doubleValue()).as("GeoNames' centroid of 8006 Bodø").isEqualTo(67.28);
        assertThat(day.getJsonNumber("kilometres").doubleValue()).as("the centroid lies about 50 m from the office").isLessThan(0.5);
    }

    @Test
    void colleaguesPlanningTheSameEmployerTheSameWeekSeeEachOtherAndTheEmployerPageShowsBoth() {
        long bakery = employer("Bakeriet Nord", 1);
        planFor(kari, kariName, plan(bakery, thursday, "10:00")).expect(201);
        planFor(ola, "ola-" + suffix, plan(bakery, thursday.plusDays(1), "09:00")).expect(201);

        JsonObject visit = weekOf(kari, kariName).getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("visits").getValuesAs(JsonObject.class).stream()).findFirst().orElseThrow();

        assertThat(visit.getJsonArray("alsoPlannedBy").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name") + " on " + c.getString("day"))
                .containsExactly("Test ola-" + suffix + " on " + thursday.plusDays(1));
        assertThat(kari.get("employers/" + bakery + "/planned-visits").expect(200).jsonArray().getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("specialist")).containsExactly(kariName, "ola-" + suffix);
        assertThat(eve.get("employers/" + bakery + "/planned-visits").expect(200).jsonArray())
                .as("another team's plans are theirs").isEmpty();
    }

    /** The day of a planned visit has come: moved there in the database, since the service plans nothing in the past. */
    private void dayHasCome(long plannedId, LocalDate day) {
        outreach.sql("UPDATE planned_visit SET planned_on = ?, week_start = ? WHERE id = ?", day,
                day.with(DayOfWeek.MONDAY), plannedId);
    }

    @Test
    void everyVisitMadeInTheWeekIsOnItsDayInTimeOrderWithThePlannedOnesAndMarkedAsMade() {
        LocalDate yesterday = LocalDate.now(OSLO).minusDays(1);
        String yesterdaysWeek = IsoWeek.of(yesterday).toString();
        long cafe = employer("Kafé Dagen", 1);
        long bakery = employer("Bakeri Dagen", 2);
        long shop = employer("Butikk Dagen", 3);
        LocalDate tomorrow = LocalDate.now(OSLO).plusDays(1);
        long missed = planFor(kari, kariName, plan(cafe, tomorrow, "14:00")).expect(201).id();
        long done = planFor(kari, kariName, plan(bakery, tomorrow, "11:00")).expect(201).id();
        dayHasCome(missed, yesterday);
        dayHasCome(done, yesterday);
        long completed = kari.post("planned-visits/" + done + "/completion", "{}").expect(201).id();
        long unplanned = kari.post("visits", TestData.visit(shop, yesterday.atTime(9, 0).atZone(OSLO).toOffsetDateTime())
                .build()).expect(201).id();
        long call = kari.post("visits", TestData.visit(cafe, yesterday.atTime(16, 0).atZone(OSLO).toOffsetDateTime())
                .add("mode", "PHONE").build()).expect(201).id();
        long mistaken = kari.post("visits", TestData.visit(shop, yesterday.atTime(12, 0).atZone(OSLO).toOffsetDateTime())
                .build()).expect(201).id();
        kari.post("visits/" + mistaken + "/void", Json.createObjectBuilder().add("reason", "wrong day").build(),
                Map.of("If-Match", kari.get("visits/" + mistaken).expect(200).header("ETag"))).expect(200);

        JsonObject day = kari.get("planner/" + kariName + "/weeks/" + yesterdaysWeek).expect(200).json()
                .getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("day").equals(yesterday.toString())).findFirst().orElseThrow();

        List<JsonObject> made = day.getJsonArray("made").getValuesAs(JsonObject.class);
        assertThat(made).extracting(v -> v.getJsonNumber("visitId").longValue()).containsExactly(unplanned, completed, call);
        assertThat(made).extracting(v -> v.getString("startsAt").substring(0, 5)).containsExactly("09:00", "11:00", "16:00");
        assertThat(made.get(1).getJsonNumber("plannedVisitId").longValue()).isEqualTo(done);
        assertThat(made.get(2).getString("mode")).isEqualTo("PHONE");
        List<JsonObject> agenda = day.getJsonArray("agenda").getValuesAs(JsonObject.class);
        assertThat(agenda).extracting(e -> e.getString("startsAt").substring(0, 5) + " " + e.getBoolean("made") + " "
                + (!e.containsKey("plannedVisitId") ? "-" : e.getJsonNumber("plannedVisitId").longValue()) + " "
                + (!e.containsKey("visitId") ? "-" : e.getJsonNumber("visitId").longValue()))
                .containsExactly("09:00 true - " + unplanned, "11:00 true " + done + " " + completed,
                        "14:00 false " + missed + " -", "16:00 true - " + call);
        assertThat(agenda.get(0).getString("employerName")).startsWith("Butikk Dagen");
    }

    @Test
    void completingAPlannedVisitLogsItOnceInPersonPrefilledFromThePlan() {
        long cafe = employer("Kafé Lyst", 1);
        JsonObject planned = planFor(kari, kariName, plan(cafe, LocalDate.now(OSLO).plusDays(1), "10:00")
                .add("note", "Ask about weekend shifts")).expect(201).json();
        long id = planned.getJsonNumber("id").longValue();
        dayHasCome(id, LocalDate.now(OSLO).minusDays(1));

        JsonObject logged = kari.post("planned-visits/" + id + "/completion", Json.createObjectBuilder()
                .add("outcome", "They need a dishwasher from January").build()).expect(201).json();

        assertThat(logged.getString("mode")).isEqualTo("IN_PERSON");
        assertThat(logged.getString("notes")).isEqualTo("Ask about weekend shifts");
        assertThat(logged.getString("outcome")).isEqualTo("They need a dishwasher from January");
        assertThat(logged.getInt("meetingMinutes")).isEqualTo(45);
        JsonObject done = kari.get("planned-visits/" + id).expect(200).json();
        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getJsonNumber("visitId").longValue()).isEqualTo(logged.getJsonNumber("id").longValue());
        kari.post("planned-visits/" + id + "/completion", "{}").problem(409);
        ola.post("planned-visits/" + id + "/completion", "{}").problem(403);
        assertThat(kari.get("employers/" + cafe + "/visits").expect(200).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void aPlannedVisitIsLoggedOnlyAfterItsStartAtThePlannedOrActualTimeAndThePlanShowsThatTime() {
        long cafe = employer("Kafé Tidlig", 1);
        LocalDate tomorrow = LocalDate.now(OSLO).plusDays(1);
        long id = planFor(kari, kariName, plan(cafe, tomorrow, "09:00")).expect(201).id();

        JsonObject tooEarly = kari.post("planned-visits/" + id + "/completion", "{}").problem(409);

        assertThat(tooEarly.getString("detail")).contains(tomorrow.toString(), "09:00", "has not started");
        assertThat(kari.get("employers/" + cafe + "/visits").expect(200).json().getInt("total")).isZero();

        LocalDate yesterday = LocalDate.now(OSLO).minusDays(1);
        dayHasCome(id, yesterday);
        String future = java.time.OffsetDateTime.now(OSLO).plusHours(2).toString();
        assertThat(kari.post("planned-visits/" + id + "/completion", Json.createObjectBuilder().add("startedAt", future)
                .build()).invalidFields()).containsExactly("startedAt");
        var actual = yesterday.atTime(9, 40).atZone(OSLO).toOffsetDateTime();
        JsonObject logged = kari.post("planned-visits/" + id + "/completion", Json.createObjectBuilder()
                .add("startedAt", actual.toString()).add("travelMinutes", 15).build()).expect(201).json();

        assertThat(Instant.parse(logged.getString("startedAt"))).isEqualTo(actual.toInstant());
        JsonObject plan = kari.get("planned-visits/" + id).expect(200).json();
        assertThat(plan.getString("day")).isEqualTo(yesterday.toString());
        assertThat(plan.getString("startsAt")).startsWith("09:40");
    }

    @Test
    void aRetriedPlanIsKeptOnceAndAStaleChangeIsRefused() {
        long shop = employer("Butikken", 1);
        Map<String, String> key = Map.of("Idempotency-Key", "plan-" + suffix);
        Reply first = kari.post("planner/" + kariName + "/visits", plan(shop, thursday, "12:00").build(), key).expect(201);
        Reply retried = kari.post("planner/" + kariName + "/visits", plan(shop, thursday, "12:00").build(), key).expect(201);

        assertThat(retried.id()).isEqualTo(first.id());
        kari.put("planned-visits/" + first.id(), plan(shop, thursday, "14:00").build(), first.header("ETag")).expect(200);
        kari.put("planned-visits/" + first.id(), plan(shop, thursday, "15:00").build(), first.header("ETag")).problem(412);
        Reply moved = kari.get("planned-visits/" + first.id()).expect(200);
        assertThat(moved.json().getString("startsAt")).startsWith("14:00");

        JsonObject cancelled = kari.send(kari.request("planned-visits/" + first.id()).DELETE()
                .header("If-Match", moved.header("ETag"))).expect(200).json();

        assertThat(cancelled.getString("state")).isEqualTo("CANCELLED");
        assertThat(weekOf(kari, kariName).getJsonObject("progress").getInt("planned")).isZero();
    }

    @Test
    void badPlansAreRefusedWithAClearProblemAndNothingIsPlanned() {
        long open = employer("Åpen Bedrift", 1);
        long refused = employer(TestData.employer("Nei Takk AS").add("doNotContact", true)
                .add("doNotContactReason", "Asked us to stop calling"));
        long archived = employer("Nedlagt AS", 2);
        liv.post("employers/" + archived + "/archive", "{}").expect(200);

        assertThat(planFor(kari, kariName, plan(open, LocalDate.now(OSLO).minusDays(1), "10:00")).expect(400).invalidFields())
                .containsExactly("day");
        assertThat(planFor(kari, kariName, plan(refused, thursday, "10:00")).problem(422).getString("detail"))
                .contains("asked not to be contacted");
        planFor(kari, kariName, plan(archived, thursday, "10:00")).problem(422);
        planFor(ola, kariName, plan(open, thursday, "10:00")).problem(403);
        planFor(eve, kariName, plan(open, thursday, "10:00")).problem(404);
        assertThat(kari.get("planner/" + kariName + "/weeks/2027-W53").problem(400).getJsonArray("errors")
                .getJsonObject(0).getString("field")).isEqualTo("week");
        planFor(liv, kariName, plan(open, thursday, "10:00")).expect(201);

        assertThat(weekOf(kari, kariName).getJsonObject("progress").getInt("planned")).as("only the manager's plan").isEqualTo(1);
    }

    @Test
    void aSuggestionIsPlannedFromADayAndATimeWithTheRestPrefilledAndATimeReadsAsPeopleTypeIt() {
        long cafe = employer("Kafé Forslag", 1);
        kari.post("visits", TestData.visit(cafe, TestData.daysAgo(3)).add("nextStep", "Bring the CV")
                .add("nextStepDue", thursday.toString()).build()).expect(201);
        String path = "planner/" + kariName + "/suggestions/" + cafe + "/plan";

        JsonObject unreadable = kari.post(path, Json.createObjectBuilder().add("day", thursday.toString())
                .add("startsAt", "half past nine").build()).problem(400);
        assertThat(unreadable.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("startsAt");
        assertThat(unreadable.toString()).contains("09:30").doesNotContain("Yasson", "JsonbDateFormat", "java.");

        JsonObject planned = kari.post(path, Json.createObjectBuilder().add("day", thursday.toString()).add("startsAt", "9")
                .build()).expect(201).json();

        assertThat(planned.getJsonNumber("employerId").longValue()).isEqualTo(cafe);
        assertThat(planned.getString("startsAt")).startsWith("09:00");
        assertThat(planned.getInt("durationMinutes")).isEqualTo(45);
        assertThat(planned.getString("purpose")).isEqualTo("GENERAL_JOB_DEVELOPMENT");
        assertThat(planned.getString("reason")).isEqualTo("FOLLOW_UP_DUE");
        kari.post(path, Json.createObjectBuilder().add("day", thursday.toString()).add("startsAt", "11").build()).problem(404);
        assertThat(planFor(kari, kariName, plan(employer("Kafé Ni", 2), thursday.plusDays(1), "09")).expect(201).json()
                .getString("startsAt")).startsWith("09:00");
    }

    @Test
    void suggestionsFollowUpLoggedNextStepsButNeverDoNotContactOrWhatIsAlreadyPlanned() {
        long cafe = employer("Kafé Lyst", 1);
        long quiet = employer("Stengt For Oss", 2);
        LocalDate due = thursday;
        for (long employer : new long[] {cafe, quiet}) {
            kari.post("visits", TestData.visit(employer, TestData.daysAgo(2).minusHours(employer == cafe ? 0 : 2))
                    .add("nextStep", "Bring the CV")
                    .add("nextStepDue", due.toString()).build()).expect(201);
        }
        Reply quietNow = kari.get("employers/" + quiet).expect(200);
        kari.put("employers/" + quiet, TestData.employer("Stengt For Oss", quietNow.json().getString("orgNumber"))
                .add("doNotContact", true).add("doNotContactReason", "Asked us to stop").add("tags", Json.createArrayBuilder())
                .build(), quietNow.header("ETag")).expect(200);

        List<JsonObject> suggested = kari.get("planner/" + kariName + "/weeks/" + week + "/suggestions").expect(200)
                .jsonArray().getValuesAs(JsonObject.class);

        assertThat(suggested).extracting(s -> s.getJsonNumber("employerId").longValue()).contains(cafe).doesNotContain(quiet);
        JsonObject followUp = suggested.stream().filter(s -> s.getJsonNumber("employerId").longValue() == cafe).findFirst()
                .orElseThrow();
        assertThat(followUp.getJsonArray("reasons").getJsonObject(0).getString("reason")).isEqualTo("FOLLOW_UP_DUE");
        assertThat(followUp.getJsonArray("reasons").getJsonObject(0).getString("explanation")).contains("Bring the CV");
        liv.get("planner/" + kariName + "/weeks/" + week + "/suggestions").expect(200);
        ola.get("planner/" + kariName + "/weeks/" + week + "/suggestions").problem(403);

        planFor(kari, kariName, plan(cafe, thursday, "09:00").add("reason", "FOLLOW_UP_DUE")).expect(201);

        assertThat(kari.get("planner/" + kariName + "/weeks/" + week + "/suggestions").expect(200).jsonArray()
                .getValuesAs(JsonObject.class)).extracting(s -> s.getJsonNumber("employerId").longValue()).doesNotContain(cafe);
    }

    @Test
    void aJobSeekerNearingThirtyDaysWithoutAnEmployerContactIsSentToTheEmployerOfTheirBestOpening() {
        long kitchen = employer("Kjøkkenet AS", 1);
        kari.post("openings", Json.createObjectBuilder().add("employerId", kitchen).add("title", "Kokk")
                .add("occupationCode", "5120").add("hoursPerWeek", 30).add("positions", 1).add("competitive", true)
                .add("source", "EMPLOYER_GOT_IN_TOUCH").build()).expect(201);
        Reply cy = kari.post("participants", TeamFixture.participant("Cy L", "GENERAL").build()).expect(201);
        kari.put("participants/" + cy.id() + "/preferences", Json.createObjectBuilder()
                .add("occupations", Json.createArrayBuilder().add("5120")).add("hoursMax", 30).build(), cy.header("ETag"))
                .expect(200);

        // other tests' openings share this database, so the best opening may be an equal one elsewhere: find Cy's
        JsonObject suggestion = kari.get("planner/" + kariName + "/weeks/" + week + "/suggestions").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                        .anyMatch(p -> p.getJsonNumber("id").longValue() == cy.id()))
                .findFirst().orElseThrow();

        JsonObject reason = suggestion.getJsonArray("reasons").getJsonObject(0);
        assertThat(reason.getString("reason")).isEqualTo("FIRST_CONTACT_DUE");
        assertThat(reason.getString("explanation")).contains("10 days left").contains("their best opening");
        assertThat(suggestion.getJsonArray("participants").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("alias")).containsExactly("Cy L");
        assertThat(kari.get("openings?employerId=" + suggestion.getJsonNumber("employerId").longValue()).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("occupationCode"))
                .contains("5120");
    }

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

    @Test
    void theWeekOpensAsACalendarWithEachVisitAtItsLocalTimeAndOnlyConsentingParticipantsNamed()
            throws IOException, ParserException {
        long oslo = employer("Fjordkafeen", 1);
        long aarhus = employer(TestData.employer("Havnens Bageri", cvr()).add("country", "DK")
                .add("address", address(56.1572, 10.2107)));
        long named = kari.post("participants", TeamFixture.participant("Ada H", "GENERAL").build()).expect(201).id();
        long unnamed = kari.post("participants", TeamFixture.participant("Bo K", "NONE").build()).expect(201).id();
        planFor(kari, kariName, plan(oslo, thursday, "09:30").add("purpose", "PARTICIPANT_JOB_DEVELOPMENT")
                .add("participantIds", Json.createArrayBuilder().add(named).add(unnamed))).expect(201);
        planFor(kari, kariName, plan(aarhus, thursday.plusDays(1), "13:00")).expect(201);

        Reply file = kari.get("planner/" + kariName + "/weeks/" + week + "/calendar").expect(200);

        assertThat(file.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(file.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("Employer visit: Fjordkafeen", "Employer visit: Havnens Bageri");
        VEvent inOslo = events.stream().filter(e -> e.getSummary().getValue().contains("Fjordkafeen")).findFirst().orElseThrow();
        VEvent inAarhus = events.stream().filter(e -> e.getSummary().getValue().contains("Havnens")).findFirst().orElseThrow();
        assertThat(Instant.from(inOslo.<Temporal>getDateTimeStart().getDate()))
                .isEqualTo(thursday.atTime(9, 30).atZone(OSLO).toInstant());
        assertThat(Instant.from(inAarhus.<Temporal>getDateTimeStart().getDate()))
                .isEqualTo(thursday.plusDays(1).atTime(13, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
        assertThat(inOslo.getLocation().getValue()).isEqualTo("Sjøgata 3, 2. etasje, 8006 Bodø");
        assertThat(inOslo.getDescription().getValue()).contains("Ada H").doesNotContain("Bo K")
                .contains("1 participant not named");
    }

    @Test
    void theSameCalendarInEachLanguage() throws IOException, ParserException {
        long cafe = employer("Språkkafeen", 1);
        long unnamed = kari.post("participants", TeamFixture.participant("Cy L", "NONE").build()).expect(201).id();
        planFor(kari, kariName, plan(cafe, thursday, "10:00").add("purpose", "FOLLOW_ALONG")
                .add("participantIds", Json.createArrayBuilder().add(unnamed))).expect(201);
        String path = "planner/" + kariName + "/weeks/" + week + "/calendar";

        VEvent nb = onlyEvent(kari.speaking("nb").get(path).expect(200).body());
        VEvent da = onlyEvent(kari.speaking("da").get(path).expect(200).body());
        VEvent en = onlyEvent(kari.speaking("en").get(path).expect(200).body());

        assertThat(nb.getSummary().getValue()).isEqualTo("Arbeidsgiverbesøk: Språkkafeen");
        assertThat(da.getSummary().getValue()).isEqualTo("Virksomhedsbesøg: Språkkafeen");
        assertThat(en.getSummary().getValue()).isEqualTo("Employer visit: Språkkafeen");
        assertThat(nb.getDescription().getValue()).startsWith("Oppfølging i jobb").contains("1 deltaker ikke navngitt");
        assertThat(da.getDescription().getValue()).startsWith("Støtte i job").contains("1 deltager ikke nævnt ved navn");
        assertThat(en.getDescription().getValue()).startsWith("Follow-along support").contains("1 participant not named");
    }

    private static VEvent onlyEvent(String ics) throws IOException, ParserException {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
