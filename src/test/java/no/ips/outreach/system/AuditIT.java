package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
/**
 * The outreach audit as a method supervisor and a fidelity reviewer use it: face-to-face employer contacts counted by
 * the IPS-25 rules, time in the community against a 37.5-hour week, and participants named only to their own
 * specialist. Every visit is logged in last week (Europe/Oslo), which has ended and so is due for review.
 */
class AuditIT extends AuditScenario {

    @Test
    void onlyInPersonVisitsAreFaceToFaceContactsAndTheirTimeIsTheTimeInTheCommunity() {
        logTheWeek(kari);

        JsonObject report = kari.get(specialist(kariName) + "?week=" + week).expect(200).json();

        assertThat(report.getString("specialist")).isEqualTo(kariName);
        assertThat(report.getJsonNumber("teamId").longValue()).isEqualTo(team);
        assertThat(report.getString("teamName")).isEqualTo(teamName);
        JsonObject period = report.getJsonObject("period");
        assertThat(period.getString("label")).isEqualTo(week);
        assertThat(period.getString("from")).isEqualTo(monday.toString());
        assertThat(period.getString("to")).isEqualTo(sunday.toString());
        // five working days, less a public holiday in Norway if last week had one
        assertThat(number(period, "workingWeeks")).isEqualTo(workingDays / 5.0);
        assertThat(period.getString("country")).isEqualTo("NO");
        assertThat(period.getJsonArray("publicHolidays")).hasSize(5 - workingDays);

        JsonObject totals = report.getJsonObject("totals");
        // five in person, two of them at the café: each counts, and four employers were met
        assertThat(totals.getJsonNumber("faceToFaceContacts").longValue()).isEqualTo(5);
        assertThat(totals.getJsonNumber("employersMetFaceToFace").longValue()).isEqualTo(4);
        // kari has no participant in job search: no target on the scale, so she is left out of the contact rate
        assertThat(absent(totals, "faceToFacePerSpecialistWeek")).isTrue();
        assertThat(absent(totals, "weeklyTarget")).isTrue();
        assertThat(totals.getInt("specialistsLeftOutOfContactRate")).isEqualTo(1);
        assertThat(report.getJsonArray("leftOutOfContactRate").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(left -> {
                    assertThat(left.getString("username")).isEqualTo(kariName);
                    assertThat(left.getString("reason")).startsWith("No participant in job search.");
                });
        JsonObject other = totals.getJsonObject("otherContacts");
        assertThat(other.getInt("phone")).isEqualTo(1);
        assertThat(other.getInt("email")).isEqualTo(1);
        assertThat(other.getInt("video")).isZero();
        assertThat(other.getInt("event")).isZero();
        assertThat(totals.getJsonNumber("employerContacts").longValue()).isEqualTo(7);
        assertThat(totals.getJsonNumber("contactsServingPreferences").longValue()).isZero();
        assertThat(number(totals, "individualizedPercent")).isEqualTo(0.0);
        // 55 + 50 + 85 + 55 + 65 minutes in person; the call's and the e-mail's minutes are not out of the office
        assertThat(totals.getJsonNumber("communityMinutes").longValue()).isEqualTo(310);
        // 37.5 hours are 2250 minutes a week, 450 a working day; 310 / 2250 = 13.78 %
        assertThat(totals.getJsonNumber("scheduledMinutes").longValue()).isEqualTo(450L * workingDays);
        assertThat(number(totals, "communityPercent")).isEqualTo(percent(310, 450L * workingDays));
        assertThat(totals.getJsonArray("faceToFaceByQuality").getValuesAs(JsonObject.class))
                .extracting(q -> q.getInt("level") + ":" + q.getInt("contacts"))
                .containsExactly("1:0", "2:1", "3:0", "4:2", "5:2");

        var lines = report.getJsonArray("specialists").getValuesAs(JsonObject.class);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getString("username")).isEqualTo(kariName);
        assertThat(number(lines.get(0), "weeklyHours")).isEqualTo(37.5);
        assertThat(lines.get(0).getInt("weeklyMinutes")).isEqualTo(2250);
        assertThat(absent(lines.get(0), "weeklyTarget")).isTrue();
        assertThat(lines.get(0).getString("leftOutOfContactRateBecause")).startsWith("No participant in job search.");
        assertThat(lines.get(0).getJsonObject("figures").getInt("faceToFaceContacts")).isEqualTo(5);
        assertThat(lines.get(0).getInt("weeksDue")).isEqualTo(1);
        assertThat(lines.get(0).getInt("weeksReviewed")).isZero();

        var weekly = report.getJsonArray("weekly").getValuesAs(JsonObject.class);
        assertThat(weekly).hasSize(1);
        assertThat(weekly.get(0).getString("week")).isEqualTo(week);
        assertThat(weekly.get(0).getString("from")).isEqualTo(monday.toString());
        assertThat(weekly.get(0).getString("to")).isEqualTo(sunday.toString());
        assertThat(weekly.get(0).getInt("faceToFaceContacts")).isEqualTo(5);
        assertThat(weekly.get(0).getInt("employersMetFaceToFace")).isEqualTo(4);
        assertThat(weekly.get(0).getInt("otherContacts")).isEqualTo(2);
        assertThat(weekly.get(0).getInt("communityMinutes")).isEqualTo(310);
        assertThat(number(weekly.get(0), "communityPercent")).isEqualTo(percent(310, 450L * workingDays));
        assertThat(weekly.get(0).getInt("specialistWeeksReviewed")).isZero();
        assertThat(kari.get(specialist(kariName) + "/weekly?week=" + week).expect(200).jsonArray())
                .isEqualTo(report.getJsonArray("weekly"));

        // the median of levels 2, 4, 4, 5, 5 is 4; 13.8 % in the community is at most 30 % and scores 1
        assertThat(score(report, "QUALITY_OF_EMPLOYER_CONTACT").getInt("score")).isEqualTo(4);
        JsonObject community = score(report, "COMMUNITY_BASED_SERVICES");
        assertThat(community.getInt("score")).isEqualTo(1);
        assertThat(community.getJsonObject("inputs").getInt("communityMinutes")).isEqualTo(310);
        assertThat(community.getJsonObject("inputs").getInt("scheduledMinutes")).isEqualTo(450 * workingDays);
        assertThat(kari.get(specialist(kariName) + "/scorecard?week=" + week).expect(200).jsonArray())
                .isEqualTo(report.getJsonArray("scorecard"));

        // the manager reads the same figures
        JsonObject managers = liv.get(specialist(kariName) + "?week=" + week).expect(200).json().getJsonObject("totals");
        assertThat(managers.getInt("faceToFaceContacts")).isEqualTo(5);
        assertThat(managers.getInt("communityMinutes")).isEqualTo(310);
    }

    @Test
    void aPeriodOfTwoWeeksSchedulesTwiceTheTimeAndShowsEachWeekInTheSeries() {
        logTheWeek(kari);
        LocalDate from = monday.minusWeeks(1);

        JsonObject report = kari.get(specialist(kariName) + "?from=" + from + "&to=" + sunday).expect(200).json();

        JsonObject totals = report.getJsonObject("totals");
        assertThat(report.getJsonObject("period").getString("label")).isEqualTo(from + " to " + sunday);
        int days = norwegianWorkingDays(from) + workingDays;
        assertThat(number(report.getJsonObject("period"), "workingWeeks")).isEqualTo(days / 5.0);
        assertThat(totals.getInt("faceToFaceContacts")).isEqualTo(5);
        assertThat(absent(totals, "faceToFacePerSpecialistWeek")).isTrue();
        // 4500 minutes in two full weeks; 310 / 4500 = 6.89 %
        assertThat(totals.getInt("scheduledMinutes")).isEqualTo(450 * days);
        assertThat(number(totals, "communityPercent")).isEqualTo(percent(310, 450L * days));
        var weekly = report.getJsonArray("weekly").getValuesAs(JsonObject.class);
        assertThat(weekly).extracting(w -> w.getString("week")).containsExactly(isoWeek(from), week);
        assertThat(weekly).extracting(w -> w.getInt("faceToFaceContacts")).containsExactly(0, 5);
        // the e-mail at 00:20 on Monday, Oslo time, is still Sunday in UTC: it belongs to the later week
        assertThat(weekly).extracting(w -> w.getInt("otherContacts")).containsExactly(0, 2);
        assertThat(weekly).extracting(w -> w.getInt("communityMinutes")).containsExactly(0, 310);
        assertThat(number(weekly.get(0), "communityPercent")).isEqualTo(0.0);
        assertThat(number(weekly.get(1), "communityPercent")).isEqualTo(percent(310, 450L * workingDays));
    }

    @Test
    void participantsAreNamedInFirstContactsOnlyToTheirOwnSpecialist() {
        String ahAlias = "AH-" + suffix;
        String bbAlias = "BB-" + suffix;
        Reply ah = kari.post("participants", TeamFixture.participant(ahAlias, "GENERAL")
                .add("enrolledOn", monday.minusDays(10).toString()).build()).expect(201);
        kari.put("participants/" + ah.id() + "/preferences", Json.createObjectBuilder()
                .add("desiredIndustries", Json.createArrayBuilder().add("56")).build(), ah.header("ETag")).expect(200);
        long bb = kari.post("participants", TeamFixture.participant(bbAlias, "GENERAL")
                .add("enrolledOn", monday.minusDays(5).toString()).build()).expect(201).id();
        LocalDate wednesday = monday.plusDays(2);
        kari.post("visits", Json.createObjectBuilder(visit(cafe, at(wednesday, 10, 0), "IN_PERSON", 40, 15,
                        "DESCRIBES_STRENGTHS")).add("purpose", "PARTICIPANT_JOB_DEVELOPMENT")
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("participantId", ah.id()).add("disclosure", "GENERAL"))).build()).expect(201);

        JsonObject own = kari.get(specialist(kariName) + "/first-contacts?week=" + week).expect(200).json();

        // enrolled ten days before Monday, met an employer on Wednesday: 12 days
        assertThat(number(own, "averageDays")).isEqualTo(12.0);
        assertThat(own.getInt("reachedInPeriod")).isEqualTo(1);
        assertThat(own.getInt("stillWaiting")).isEqualTo(1);
        JsonObject reached = own.getJsonArray("reached").getJsonObject(0);
        assertThat(reached.getJsonNumber("participantId").longValue()).isEqualTo(ah.id());
        assertThat(reached.getString("alias")).isEqualTo(ahAlias);
        assertThat(reached.getString("enrolledOn")).isEqualTo(monday.minusDays(10).toString());
        assertThat(reached.getString("firstFaceToFace")).isEqualTo(wednesday.toString());
        assertThat(reached.getInt("days")).isEqualTo(12);
        // enrolled five days before Monday and still waiting on Sunday: 11 days
        JsonObject waiting = own.getJsonArray("waiting").getJsonObject(0);
        assertThat(waiting.getJsonNumber("participantId").longValue()).isEqualTo(bb);
        assertThat(waiting.getString("alias")).isEqualTo(bbAlias);
        assertThat(waiting.getInt("daysWaited")).isEqualTo(11);
        // last week has ended: the wait is counted to its Sunday, and the report says so
        assertThat(own.getString("waitCountedTo")).isEqualTo(sunday.toString());
        assertThat(waiting.getString("countedTo")).isEqualTo(sunday.toString());

        Reply teamReply = liv.get(teamReport() + "?week=" + week).expect(200);
        JsonObject teams = teamReply.json().getJsonObject("rapidJobSearch");
        assertThat(number(teams, "averageDays")).isEqualTo(12.0);
        assertThat(teams.getInt("reachedInPeriod")).isEqualTo(1);
        assertThat(teams.getInt("stillWaiting")).isEqualTo(1);
        JsonObject anonymousReached = teams.getJsonArray("reached").getJsonObject(0);
        assertThat(anonymousReached.getInt("days")).isEqualTo(12);
        assertThat(absent(anonymousReached, "participantId")).isTrue();
        assertThat(absent(anonymousReached, "alias")).isTrue();
        JsonObject anonymousWaiting = teams.getJsonArray("waiting").getJsonObject(0);
        assertThat(anonymousWaiting.getInt("daysWaited")).isEqualTo(11);
        assertThat(absent(anonymousWaiting, "participantId")).isTrue();
        assertThat(absent(anonymousWaiting, "alias")).isTrue();
        assertThat(liv.get(teamReport() + "/first-contacts?week=" + week).expect(200).json()).isEqualTo(teams);
        assertThat(teamReply.body()).doesNotContain(ahAlias).doesNotContain(bbAlias);
        List<List<String>> firstContacts = parseCsv(csv(liv, teamReport() + "/first-contacts?week=" + week).expect(200).body());
        assertThat(firstContacts).hasSize(3);
        assertThat(firstContacts.subList(1, 3)).allSatisfy(line -> {
            assertThat(cell(firstContacts.get(0), line, "Participant id")).isEmpty();
            assertThat(cell(firstContacts.get(0), line, "Alias")).isEmpty();
        });
        assertThat(firstContacts.subList(1, 3)).extracting(line -> cell(firstContacts.get(0), line, "Days from enrolment"))
                .containsExactly("12", "11");
        assertThat(firstContacts.subList(1, 3))
                .extracting(line -> cell(firstContacts.get(0), line, "Still waiting on (days counted to)"))
                .containsExactly("", sunday.toString());
        assertThat(liv.get(teamReport() + "/worksheet?week=" + week).expect(200).body())
                .contains("1 were still waiting on " + sunday + " (the end of the period), for 11 days counted to that date.");
        // this week has not ended: a wait is counted to today, never into the future
        LocalDate today = LocalDate.now(OSLO);
        JsonObject current = liv.get(teamReport() + "/first-contacts?week=" + isoWeek(today)).expect(200).json();
        assertThat(current.getString("waitCountedTo")).isEqualTo(today.toString());
        assertThat(liv.get(specialist(kariName) + "/first-contacts?week=" + week).expect(200).body())
                .doesNotContain(ahAlias).doesNotContain(bbAlias);

        // the visit served AH's wish to work in food service; two job seekers make a target of four a week
        JsonObject totals = teamReply.json().getJsonObject("totals");
        assertThat(totals.getInt("contactsServingPreferences")).isEqualTo(1);
        assertThat(number(totals, "individualizedPercent")).isEqualTo(100.0);
        assertThat(totals.getInt("caseload")).isEqualTo(2);
        assertThat(totals.getInt("jobSeekers")).isEqualTo(2);
        JsonObject kariLine = teamReply.json().getJsonArray("specialists").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("username").equals(kariName)).findFirst().orElseThrow();
        assertThat(kariLine.getInt("weeklyTarget")).isEqualTo(4);
        JsonObject rapid = score(teamReply.json(), "RAPID_JOB_SEARCH");
        assertThat(rapid.getInt("score")).isEqualTo(5);
        assertThat(rapid.getJsonObject("inputs").getInt("totalDays")).isEqualTo(12);
    }
}
