package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.junit.jupiter.api.Test;

/**
 * The outreach audit as a method supervisor and a fidelity reviewer use it: face-to-face employer contacts counted by
 * the IPS-25 rules, time in the community against a 37.5-hour week, the weekly sign-off of the contact log, and who may
 * see whose figures. Every visit is logged in last week (Europe/Oslo), which has ended and so is due for review.
 */
class AuditIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final List<String> EMPLOYER_ITEMS = List.of("Caseload per specialist", "Rapid job search",
            "Individualized job search", "Frequent employer contact", "Quality of employer contact",
            "Diversity of job types", "Diversity of employers", "Competitive jobs", "Community-based services");

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private final LocalDate monday = LocalDate.now(OSLO).with(DayOfWeek.MONDAY).minusWeeks(1);
    private final LocalDate sunday = monday.plusDays(6);
    private final String week = isoWeek(monday);
    private final String teamCode = "nav-au-" + suffix;
    private final String teamName = "Bodø & Salten <IPS> \"Øst\" " + suffix;
    private final String kariName = "kari-" + suffix;
    private long team;
    private Client kari;
    private Client ola;
    private Client per;
    private Client liv;
    private Client mona;
    private long cafe;
    private long bakery;
    private long hotel;
    private long shop;
    private long garage;

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
        assertThat(number(period, "workingWeeks")).isEqualTo(1.0);

        JsonObject totals = report.getJsonObject("totals");
        // five in person, two of them at the café: each counts, and four employers were met
        assertThat(totals.getJsonNumber("faceToFaceContacts").longValue()).isEqualTo(5);
        assertThat(totals.getJsonNumber("employersMetFaceToFace").longValue()).isEqualTo(4);
        assertThat(number(totals, "faceToFacePerSpecialistWeek")).isEqualTo(5.0);
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
        assertThat(totals.getJsonNumber("scheduledMinutes").longValue()).isEqualTo(2250);
        // 310 / 2250 = 13.78 %
        assertThat(number(totals, "communityPercent")).isEqualTo(13.8);
        assertThat(totals.getJsonArray("faceToFaceByQuality").getValuesAs(JsonObject.class))
                .extracting(q -> q.getInt("level") + ":" + q.getInt("contacts"))
                .containsExactly("1:0", "2:1", "3:0", "4:2", "5:2");

        var lines = report.getJsonArray("specialists").getValuesAs(JsonObject.class);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getString("username")).isEqualTo(kariName);
        assertThat(number(lines.get(0), "weeklyHours")).isEqualTo(37.5);
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
        assertThat(number(weekly.get(0), "communityPercent")).isEqualTo(13.8);
        assertThat(weekly.get(0).getInt("specialistWeeksReviewed")).isZero();
        assertThat(kari.get(specialist(kariName) + "/weekly?week=" + week).expect(200).jsonArray())
                .isEqualTo(report.getJsonArray("weekly"));

        // the median of levels 2, 4, 4, 5, 5 is 4; 13.8 % in the community is at most 30 % and scores 1
        assertThat(score(report, "QUALITY_OF_EMPLOYER_CONTACT").getInt("score")).isEqualTo(4);
        JsonObject community = score(report, "COMMUNITY_BASED_SERVICES");
        assertThat(community.getInt("score")).isEqualTo(1);
        assertThat(community.getJsonObject("inputs").getInt("communityMinutes")).isEqualTo(310);
        assertThat(community.getJsonObject("inputs").getInt("scheduledMinutes")).isEqualTo(2250);
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
        assertThat(number(report.getJsonObject("period"), "workingWeeks")).isEqualTo(2.0);
        assertThat(totals.getInt("faceToFaceContacts")).isEqualTo(5);
        assertThat(number(totals, "faceToFacePerSpecialistWeek")).isEqualTo(2.5);
        assertThat(totals.getInt("scheduledMinutes")).isEqualTo(4500);
        // 310 / 4500 = 6.89 %
        assertThat(number(totals, "communityPercent")).isEqualTo(6.9);
        var weekly = report.getJsonArray("weekly").getValuesAs(JsonObject.class);
        assertThat(weekly).extracting(w -> w.getString("week")).containsExactly(isoWeek(from), week);
        assertThat(weekly).extracting(w -> w.getInt("faceToFaceContacts")).containsExactly(0, 5);
        // the e-mail at 00:20 on Monday, Oslo time, is still Sunday in UTC: it belongs to the later week
        assertThat(weekly).extracting(w -> w.getInt("otherContacts")).containsExactly(0, 2);
        assertThat(weekly).extracting(w -> w.getInt("communityMinutes")).containsExactly(0, 310);
        assertThat(number(weekly.get(0), "communityPercent")).isEqualTo(0.0);
        assertThat(number(weekly.get(1), "communityPercent")).isEqualTo(13.8);
    }

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
                .add("startedAt", at(monday.plusDays(2), 10, 0).toString()).build());

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
        assertThat(ours.getJsonObject("figures").getInt("scheduledMinutes")).isEqualTo(4500);
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

    @Test
    void aSpreadsheetExportNamesEveryColumnAndQuotesNamesWithCommasAndQuotes() {
        String hansenName = "hansen-" + suffix;
        Client hansen = outreach.withToken(outreach.tokens.inTeam(hansenName, "Hansen, \"Kari\"", SPECIALIST, teamCode));
        hansen.get("me").expect(200);
        hansen.post("visits", visit(cafe, at(monday, 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS")).expect(201);
        hansen.post("visits", visit(hotel, at(monday.plusDays(1), 13, 0), "IN_PERSON", 50, 20, "DESCRIBES_STRENGTHS"))
                .expect(201);
        hansen.post("visits", visit(shop, at(monday.plusDays(2), 11, 0), "PHONE", 10, 0, "ASKS_ABOUT_OPENINGS"))
                .expect(201);

        Reply csv = csv(liv, teamReport() + "?week=" + week).expect(200);

        assertThat(csv.header("Content-Type")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"team-" + teamCode + "-" + week + ".csv\"");
        assertThat(csv.body()).contains("\"Hansen, \"\"Kari\"\"\"");
        List<List<String>> table = parseCsv(csv.body());
        List<String> header = table.get(0);
        assertThat(header).startsWith("Specialist", "User name", "Weekly hours");
        assertThat(header).contains("Face-to-face contacts", "Phone contacts", "Minutes in the community",
                "Time in the community (%)");
        assertThat(table).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
        List<String> row = table.stream().filter(r -> r.get(1).equals(hansenName)).findFirst().orElseThrow();
        assertThat(row.get(0)).isEqualTo("Hansen, \"Kari\"");
        assertThat(cell(header, row, "Face-to-face contacts")).isEqualTo("2");
        assertThat(cell(header, row, "Employers met face to face")).isEqualTo("2");
        assertThat(cell(header, row, "Phone contacts")).isEqualTo("1");
        assertThat(cell(header, row, "Weekly hours")).isEqualTo("37.5");
        // 55 + 70 minutes of 2250: 5.56 %
        assertThat(cell(header, row, "Minutes in the community")).isEqualTo("125");
        assertThat(cell(header, row, "Time in the community (%)")).isEqualTo("5.6");
        List<String> all = table.stream().filter(r -> r.get(0).equals("All specialists")).findFirst().orElseThrow();
        assertThat(cell(header, all, "Face-to-face contacts")).isEqualTo("2");
        assertThat(table).hasSize(1 + 3 + 1);

        Reply own = csv(hansen, specialist(hansenName) + "?week=" + week).expect(200);
        assertThat(own.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + hansenName + "-" + week + ".csv\"");
        List<List<String>> ownTable = parseCsv(own.body());
        assertThat(ownTable).hasSize(2);
        assertThat(cell(ownTable.get(0), ownTable.get(1), "Specialist")).isEqualTo("Hansen, \"Kari\"");
        assertThat(cell(ownTable.get(0), ownTable.get(1), "Face-to-face contacts")).isEqualTo("2");

        List<List<String>> weekly = parseCsv(csv(hansen, specialist(hansenName) + "/weekly?week=" + week).expect(200).body());
        assertThat(weekly.get(0)).startsWith("ISO week", "From", "To", "Face-to-face contacts");
        assertThat(weekly.get(1)).startsWith(week, monday.toString(), sunday.toString(), "2");

        assertThat(liv.get(teamReport() + "?week=" + week).expect(200).header("Content-Type")).startsWith("application/json");
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

    @Test
    void theWorksheetIsOnePrintablePageWithTheTeamNameEscapedAndEveryEmployerItem() {
        kari.post("visits", visit(cafe, at(monday.plusDays(1), 9, 0), "IN_PERSON", 40, 15, "LEARNS_EMPLOYER_NEEDS"))
                .expect(201);
        String worksheet = teamReport() + "/worksheet?week=" + week;

        Reply page = liv.get(worksheet).expect(200);

        assertThat(page.header("Content-Type")).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(page.body()).startsWith("<!DOCTYPE html>")
                .contains("Bodø &amp; Salten &lt;IPS&gt; &quot;Øst&quot; " + suffix)
                .doesNotContain(teamName)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<link")
                .doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(page.body()).contains(EMPLOYER_ITEMS);
        kari.get(worksheet).problem(403);
        mona.get(worksheet).problem(404);
        assertThat(liv.get(teamReport() + "/worksheet").invalidFields()).containsExactly("period");
    }

    private record Logged(long id, JsonObject body) {
    }

    /**
     * Last week's log: five visits in person (the café twice), a call and an e-mail. In person: 55, 50, 85, 55 and
     * 65 minutes with travel, 310 in all, at quality levels 5, 4, 5, 4 and 2.
     */
    private List<Logged> logTheWeek(Client specialist) {
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

    private void correct(Logged visit, JsonObject corrected) {
        String etag = kari.get("visits/" + visit.id()).expect(200).header("ETag");
        kari.put("visits/" + visit.id(), corrected, etag).expect(200);
    }

    private JsonObject review(Client reader) {
        var reviews = reader.get(specialist(kariName) + "/reviews?week=" + week).expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).getString("specialist")).isEqualTo(kariName);
        assertThat(reviews.get(0).getString("week")).isEqualTo(week);
        return reviews.get(0);
    }

    private JsonObject teamLine(String username) {
        return liv.get(teamReport() + "?week=" + week).expect(200).json().getJsonArray("specialists")
                .getValuesAs(JsonObject.class).stream().filter(line -> line.getString("username").equals(username))
                .findFirst().orElseThrow();
    }

    private static Reply signOff(Client manager, String path) {
        return manager.send(manager.request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private static Reply csv(Client client, String path) {
        return client.send(client.request(path).header("Accept", "text/csv").GET());
    }

    private long employer(String name) {
        return kari.post("employers", TestData.employer(name + " " + suffix).build()).expect(201).id();
    }

    private static JsonObject visit(long employer, OffsetDateTime at, String mode, int meeting, int travel, String quality) {
        return TestData.visit(employer, at).add("mode", mode).add("meetingMinutes", meeting).add("travelMinutes", travel)
                .add("quality", quality).build();
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), OSLO).toOffsetDateTime();
    }

    private static String specialist(String username) {
        return "audit/specialists/" + username;
    }

    private String teamReport() {
        return "audit/teams/" + team;
    }

    private static JsonObject score(JsonObject report, String item) {
        return report.getJsonArray("scorecard").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("item").equals(item)).findFirst().orElseThrow();
    }

    private static double number(JsonObject object, String name) {
        return object.getJsonNumber(name).doubleValue();
    }

    /** Left out, or null: either way the reader learns nothing. */
    private static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static String isoWeek(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String cell(List<String> header, List<String> row, String column) {
        assertThat(header).contains(column);
        return row.get(header.indexOf(column));
    }

    /** RFC 4180: comma-separated, CRLF line ends, quoted cells with doubled quotes; a leading byte-order mark is skipped. */
    static List<List<String>> parseCsv(String text) {
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
            } else if (c == ',') {
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
