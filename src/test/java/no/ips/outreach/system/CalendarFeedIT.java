package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The calendar that Outlook and Google subscribe to: a secret URL per user, fetched without a bearer token, renewed and
 * revoked over the API; an old or unknown URL is a 404.
 */
class CalendarFeedIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private final String team = teams.team("nav-cal-" + suffix);
    private final String kariName = "kari-" + suffix;
    private final Client kari = teams.specialist(kariName, team);
    private final Client anonymous = outreach.anonymous();

    @Test
    void theFeedHasThePastTwoWeeksAndTheComingOnesWithItsNameAndRefreshAndNeedsNoToken() throws Exception {
        long employer = kari.post("employers", TestData.employer("Kaikanten Kafé " + suffix).add("tags", Json.createArrayBuilder())
                .build()).expect(201).id();
        LocalDate nextThursday = LocalDate.now(OSLO).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(3);
        long ahead = plan(employer, nextThursday);
        long lately = plan(employer, nextThursday.plusDays(1));
        long longAgo = plan(employer, nextThursday.minusDays(1));
        moveTo(lately, LocalDate.now(OSLO).minusDays(10));
        moveTo(longAgo, LocalDate.now(OSLO).minusDays(25));

        String url = kari.post("me/calendar-feed", Json.createObjectBuilder().build()).expect(201).json().getString("url");
        Reply feed = anonymous.get(URI.create(url).getRawPath()).expect(200);

        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Outreach: Test " + kariName);
        assertThat(feed.body()).contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(event -> event.getUid().orElseThrow().getValue())
                .containsExactlyInAnyOrder("planned-visit-" + ahead + "@outreach.ips.no", "planned-visit-" + lately + "@outreach.ips.no");
        JsonObject status = kari.get("me/calendar-feed").expect(200).json();
        assertThat(status.getBoolean("active")).isTrue();
        assertThat(status.containsKey("url")).as("the URL is shown once, when it is made").isFalse();
    }

    @Test
    void aRenewedOrRevokedOrUnknownUrlIsA404() {
        String first = URI.create(kari.post("me/calendar-feed", Json.createObjectBuilder().build()).expect(201).json()
                .getString("url")).getRawPath();
        String second = URI.create(kari.post("me/calendar-feed", Json.createObjectBuilder().build()).expect(201).json()
                .getString("url")).getRawPath();

        anonymous.get(first).problem(404);
        anonymous.get(second).expect(200);
        kari.send(kari.request("me/calendar-feed").DELETE()).expect(204);
        anonymous.get(second).problem(404);
        anonymous.get("calendar-feeds/" + "A".repeat(43)).problem(404);
        assertThat(kari.get("me/calendar-feed").expect(200).json().getBoolean("active")).isFalse();
    }

    @Test
    void onlyASpecialistHasAWeekToSubscribeTo() {
        outreach.as("boss-" + suffix, Outreach.MANAGER).post("me/calendar-feed", Json.createObjectBuilder().build()).problem(403);
        anonymous.post("me/calendar-feed", Json.createObjectBuilder().build()).problem(401);
    }

    private long plan(long employer, LocalDate day) {
        return kari.post("planner/" + kariName + "/visits", Json.createObjectBuilder().add("employerId", employer)
                .add("day", day.toString()).add("startsAt", "10:00").add("durationMinutes", 45)
                .add("purpose", "GENERAL_JOB_DEVELOPMENT").build()).expect(201).id();
    }

    private void moveTo(long plannedId, LocalDate day) {
        outreach.sql("UPDATE planned_visit SET planned_on = ?, week_start = ? WHERE id = ?", day, day.with(DayOfWeek.MONDAY), plannedId);
    }
}
