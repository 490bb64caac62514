package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
/**
 * The weekly review of a specialist's employer-contact log, as the fidelity scale expects it: a manager of the team
 * signs off an ended week, and any later change to that week's visits shows until the manager signs again.
 */
class WeekReviewIT extends AuditScenario {

    @Test
    void aSignedOffWeekChangedAfterwardsNamesTheFirstChangeUntilTheManagerSignsAgain() {
        List<Logged> visits = logTheWeek(kari);
        JsonObject lastWeeksBody = visit(bakery, at(monday.minusDays(3), 10, 0), "IN_PERSON", 30, 10, "LEARNS_EMPLOYER_NEEDS");
        long fromTheWeekBefore = kari.post("visits", lastWeeksBody).expect(201).id();
        String review = specialist(kariName) + "/weeks/" + week + "/review";

        JsonObject signed = signOff(liv, review).expect(200).json();
        assertThat(signed.getString("specialist")).isEqualTo(kariName);
        assertThat(signed.getString("week")).isEqualTo(week);
        assertThat(signed.getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(signed.getString("signedBy")).isEqualTo("liv-" + suffix);
        assertThat(signed.getString("signedAt")).isNotBlank();
        assertThat(signed.getInt("faceToFaceContactsAtSignOff")).isEqualTo(5);
        assertThat(absent(signed, "changedVisitId")).isTrue();
        JsonObject asRead = review(liv);
        assertThat(asRead.getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(asRead.getInt("faceToFaceContactsAtSignOff")).isEqualTo(5);
        assertThat(review(kari).getString("status")).isEqualTo("SIGNED_OFF");
        JsonObject line = teamLine(kariName);
        assertThat(line.getInt("weeksDue")).isEqualTo(1);
        assertThat(line.getInt("weeksReviewed")).isEqualTo(1);
        assertThat(line.getInt("weeksChangedAfterReview")).isZero();

        long late = kari.post("visits", visit(garage, at(monday.plusDays(4), 15, 0), "IN_PERSON", 20, 10,
                "DESCRIBES_STRENGTHS")).expect(201).id();

        JsonObject changed = review(liv);
        assertThat(changed.getString("status")).isEqualTo("CHANGED_AFTER_REVIEW");
        assertThat(changed.getJsonNumber("changedVisitId").longValue()).isEqualTo(late);
        assertThat(changed.getInt("changedRevision")).isZero();
        assertThat(changed.getString("changedBy")).isEqualTo(kariName);
        assertThat(changed.getString("changedAt")).isNotBlank();
        assertThat(changed.getString("signedBy")).isEqualTo("liv-" + suffix);
        assertThat(changed.getInt("faceToFaceContactsAtSignOff")).isEqualTo(5);
        line = teamLine(kariName);
        assertThat(line.getInt("weeksReviewed")).isZero();
        assertThat(line.getInt("weeksChangedAfterReview")).isEqualTo(1);

        correct(visits.get(0), Json.createObjectBuilder(visits.get(0).body()).add("meetingMinutes", 50).build());

        JsonObject stillFirst = review(liv);
        assertThat(stillFirst.getString("status")).isEqualTo("CHANGED_AFTER_REVIEW");
        assertThat(stillFirst.getJsonNumber("changedVisitId").longValue()).isEqualTo(late);
        assertThat(stillFirst.getInt("changedRevision")).isZero();

        JsonObject again = signOff(liv, review).expect(200).json();
        assertThat(again.getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(again.getInt("faceToFaceContactsAtSignOff")).isEqualTo(6);
        assertThat(absent(again, "changedVisitId")).isTrue();
        assertThat(absent(again, "changedRevision")).isTrue();
        assertThat(review(liv).getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(teamLine(kariName).getInt("weeksReviewed")).isEqualTo(1);

        // a visit moved into the week by a correction changes it too, named by the correction's revision
        correct(new Logged(fromTheWeekBefore, lastWeeksBody), Json.createObjectBuilder(lastWeeksBody)
                .add("startedAt", at(monday.plusDays(2), 14, 0).toString()).build());

        JsonObject moved = review(liv);
        assertThat(moved.getString("status")).isEqualTo("CHANGED_AFTER_REVIEW");
        assertThat(moved.getJsonNumber("changedVisitId").longValue()).isEqualTo(fromTheWeekBefore);
        assertThat(moved.getInt("changedRevision")).isEqualTo(1);
    }

    @Test
    void onlyAManagerOfTheSpecialistsTeamSignsOffAnExistingWeekThatHasStarted() {
        String review = specialist(kariName) + "/weeks/" + week + "/review";

        signOff(kari, review).problem(403);
        signOff(mona, review).problem(404);
        assertThat(signOff(liv, specialist(kariName) + "/weeks/2025-W53/review").invalidFields()).containsExactly("week");
        assertThat(signOff(liv, specialist(kariName) + "/weeks/2026-48/review").invalidFields()).containsExactly("week");
        signOff(liv, specialist(kariName) + "/weeks/" + isoWeek(monday.plusWeeks(2)) + "/review").problem(422);
        assertThat(review(liv).getString("status")).isEqualTo("NOT_REVIEWED");
    }

    @Test
    void theCurrentWeekCanBeSignedOffFromItsLastWorkingDay() {
        LocalDate today = LocalDate.now(OSLO);
        LocalDate friday = today.with(DayOfWeek.MONDAY).plusDays(4);
        String review = specialist(kariName) + "/weeks/" + isoWeek(today) + "/review";

        Reply answer = signOff(liv, review);

        if (today.isBefore(friday)) {
            assertThat(answer.problem(422).getString("detail")).contains("from " + friday);
        } else {
            assertThat(answer.expect(200).json().getString("status")).isEqualTo("SIGNED_OFF");
        }
    }

    @Test
    void aSignOffKeepsItsSupervisionNoteInTheWeeksHistoryAndRefusesUnknownProperties() {
        String review = specialist(kariName) + "/weeks/" + week + "/review";

        JsonObject refused = liv.put(review, Json.createObjectBuilder().add("comment", "typo").build(), null).problem(400);
        assertThat(refused.toString()).contains("comment");
        assertThat(review(liv).getString("status")).isEqualTo("NOT_REVIEWED");

        JsonObject first = liv.put(review, Json.createObjectBuilder().add("note", "Discussed the hotel visit").build(), null)
                .expect(200).json();
        assertThat(first.getString("note")).isEqualTo("Discussed the hotel visit");
        signOff(liv, review).expect(200);

        JsonObject read = liv.get(review).expect(200).json();
        assertThat(read.getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(read.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(h -> h.containsKey("note") ? h.getString("note") : null)
                .containsExactly("Discussed the hotel visit", null);
    }

    @Test
    void aSignOffGivenMoreThanSevenDaysAfterTheWeekCountsTowardTheMonthOnlyNotAsAWeeklyReview() {
        LocalDate oldMonday = monday.minusWeeks(2);
        kari.post("visits", visit(cafe, at(oldMonday.plusDays(1), 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS"))
                .expect(201);
        String oldWeek = isoWeek(oldMonday);

        JsonObject late = signOff(liv, specialist(kariName) + "/weeks/" + oldWeek + "/review").expect(200).json();
        JsonObject timely = signOff(liv, specialist(kariName) + "/weeks/" + week + "/review").expect(200).json();

        assertThat(late.getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(late.getBoolean("weekly")).isFalse();
        assertThat(timely.getBoolean("weekly")).isTrue();
        JsonObject lateLine = liv.get(teamReport() + "?week=" + oldWeek).expect(200).json().getJsonArray("specialists")
                .getValuesAs(JsonObject.class).stream().filter(line -> line.getString("username").equals(kariName))
                .findFirst().orElseThrow();
        assertThat(lateLine.getInt("weeksDue")).isEqualTo(1);
        assertThat(lateLine.getInt("weeksReviewed")).as("not reviewed weekly").isZero();
        assertThat(lateLine.getInt("weeksChangedAfterReview")).isZero();
        assertThat(teamLine(kariName).getInt("weeksReviewed")).isEqualTo(1);
    }

    @Test
    void aWeekThatHasNotEndedIsNeitherDueNorMissingAndTheWorksheetAgreesWithTheJson() {
        signOff(liv, specialist(kariName) + "/weeks/" + week + "/review").expect(200);
        String period = "?from=" + monday + "&to=" + monday.plusDays(13);
        String thisWeek = isoWeek(monday.plusWeeks(1));

        JsonObject report = liv.get(teamReport() + period).expect(200).json();

        List<JsonObject> reviews = report.getJsonArray("reviews").getValuesAs(JsonObject.class);
        int due = report.getJsonArray("specialists").getValuesAs(JsonObject.class).stream()
                .mapToInt(line -> line.getInt("weeksDue")).sum();
        assertThat(reviews).extracting(r -> r.getString("week")).containsOnly(week).hasSize(due);
        String worksheet = liv.get(teamReport() + "/worksheet" + period).expect(200).body();
        assertThat(worksheet).contains("1 of " + due + " specialist-weeks that have ended")
                .contains(LocalDate.now(OSLO).toString())
                .doesNotContain(thisWeek);
    }
}
