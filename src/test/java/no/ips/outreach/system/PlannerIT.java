package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ips.outreach.audit.entity.IsoWeek;
import org.junit.jupiter.api.Test;

/** The visit planner over HTTP on MariaDB: planning a week, its route, progress, coordination and completion. */
class PlannerIT extends PlannerScenario {

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
}
