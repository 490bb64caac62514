package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A planned week as an iCalendar over HTTP on MariaDB: local times, consenting participants only, in each language. */
class PlanCalendarIT extends PlannerScenario {

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
