package no.ips.outreach.planning.boundary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import no.ips.outreach.platform.language.Language;
import org.junit.jupiter.api.Test;

class VisitCalendarWriterTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Instant EDITED = Instant.parse("2025-06-02T08:15:00Z");

    @Test
    void eachVisitBecomesAnEventNamedForTheEmployer() {
        String ics = VisitCalendarWriter.write(List.of(
                visit(41, "Bakeriet Nord AS", OSLO, LocalDate.of(2025, 6, 10)),
                visit(42, "Hansen Transport", OSLO, LocalDate.of(2025, 6, 11))), OSLO, Language.EN);

        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);

        assertThat(events).extracting(event -> event.getSummary().getValue())
                .containsExactly("Employer visit: Bakeriet Nord AS", "Employer visit: Hansen Transport");
        assertThat(events).extracting(event -> event.getUid().orElseThrow().getValue())
                .containsExactly("planned-visit-41@outreach.ips.no", "planned-visit-42@outreach.ips.no");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n")
                .contains("\r\nPRODID:-//IPS Outreach//Visit planner//EN\r\n").doesNotContain("METHOD");
    }

    @Test
    void theSummaryAndDescriptionAreInTheSpecialistsLanguage() {
        CalendarVisit visit = new CalendarVisit(7, "Bakeriet Nord AS", null, LocalDate.of(2025, 6, 10), LocalTime.of(9, 0), 45,
                "Plan", List.of("JS"), OSLO, EDITED, 0);

        VEvent norwegian = onlyEvent(VisitCalendarWriter.write(List.of(visit), OSLO, Language.NB));
        VEvent danish = onlyEvent(VisitCalendarWriter.write(List.of(visit), OSLO, Language.DA));
        VEvent english = onlyEvent(VisitCalendarWriter.write(List.of(visit), OSLO, Language.EN));

        assertThat(norwegian.getSummary().getValue()).isEqualTo("Arbeidsgiverbesøk: Bakeriet Nord AS");
        assertThat(danish.getSummary().getValue()).isEqualTo("Virksomhedsbesøg: Bakeriet Nord AS");
        assertThat(english.getSummary().getValue()).isEqualTo("Employer visit: Bakeriet Nord AS");
        assertThat(norwegian.getDescription().getValue()).isEqualTo("Plan\nDeltakere:\nJS");
        assertThat(danish.getDescription().getValue()).isEqualTo("Plan\nDeltagere:\nJS");
    }

    @Test
    void anAddressWithCommasAndSemicolonsSurvivesAsTheLocation() {
        String address = "Storgata 1, 2. etasje; inngang B, 0155 Oslo";

        String ics = VisitCalendarWriter.write(List.of(visitAt(address)), OSLO, Language.EN);

        assertThat(ics).contains("LOCATION:Storgata 1\\, 2. etasje\\; inngang B\\, 0155 Oslo\r\n");
        assertThat(onlyEvent(ics).getLocation().getValue()).isEqualTo(address);
    }

    @Test
    void aBareCarriageReturnInAnyTextCannotStartANewProperty() {
        CalendarVisit visit = new CalendarVisit(8, "Evil\rX-INJECTED:1", "Gate 1\rX-INJECTED:2", LocalDate.of(2025, 6, 10),
                LocalTime.of(9, 0), 60, "Plan\rX-INJECTED:3", List.of("JS\rX-INJECTED:4"), OSLO, EDITED, 0);

        String ics = VisitCalendarWriter.write(List.of(visit), OSLO, Language.EN);

        assertThat(ics.replace("\r\n", "")).doesNotContain("\r");
        assertThat(ics).doesNotContain("\r\nX-INJECTED").doesNotContain("\nX-INJECTED");
        assertThat(onlyEvent(ics).getSummary().getValue()).isEqualTo("Employer visit: Evil X-INJECTED:1");
    }

    @Test
    void aVisitWithoutAnAddressHasNoLocation() {
        assertThat(onlyEvent(VisitCalendarWriter.write(List.of(visitAt(null)), OSLO, Language.EN)).getLocation()).isNull();
    }

    @Test
    void theDescriptionListsThePurposeThenEachParticipantOnItsOwnLine() {
        CalendarVisit visit = new CalendarVisit(7, "Fjordkraft", null, LocalDate.of(2025, 6, 10), LocalTime.of(9, 0),
                60, "Følge opp arbejdsprøvning, ønsker færre timer", List.of("Kåre Ødegård", "Åse Bæk\\Holm"), OSLO,
                EDITED, 0);

        String description = onlyEvent(VisitCalendarWriter.write(List.of(visit), OSLO, Language.EN)).getDescription().getValue();

        assertThat(description).isEqualTo(
                "Følge opp arbejdsprøvning, ønsker færre timer\nParticipants:\nKåre Ødegård\nÅse Bæk\\Holm");
    }

    @Test
    void aVisitWithoutParticipantsDescribesOnlyItsPurpose() {
        String description = onlyEvent(VisitCalendarWriter.write(List.of(visitAt(null)), OSLO, Language.EN)).getDescription().getValue();

        assertThat(description).isEqualTo("Get to know the employer");
    }

    @Test
    void aPurposeTypedWithWindowsLineBreaksKeepsItsLines() {
        CalendarVisit visit = new CalendarVisit(7, "Fjordkraft", null, LocalDate.of(2025, 6, 10), LocalTime.of(9, 0),
                60, "Bring the CV\r\nAsk about the warehouse", List.of(), OSLO, EDITED, 0);

        String ics = VisitCalendarWriter.write(List.of(visit), OSLO, Language.EN);

        assertThat(onlyEvent(ics).getDescription().getValue()).isEqualTo("Bring the CV\nAsk about the warehouse");
    }

    @Test
    void aSummerVisitInOsloStartsTwoHoursBeforeUtc() {
        CalendarVisit visit = new CalendarVisit(1, "Rema 1000", null, LocalDate.of(2025, 6, 10), LocalTime.of(9, 0),
                90, "Follow-along", List.of(), OSLO, EDITED, 0);

        String ics = VisitCalendarWriter.write(List.of(visit), OSLO, Language.EN);

        assertThat(ics).contains("DTSTART;TZID=Europe/Oslo:20250610T090000\r\n");
        assertThat(startOf(onlyEvent(ics))).isEqualTo(Instant.parse("2025-06-10T07:00:00Z"));
        assertThat(endOf(onlyEvent(ics))).isEqualTo(Instant.parse("2025-06-10T08:30:00Z"));
    }

    @Test
    void aWinterVisitInCopenhagenStartsOneHourBeforeUtc() {
        CalendarVisit visit = new CalendarVisit(2, "Netto", null, LocalDate.of(2025, 1, 14), LocalTime.of(13, 30),
                45, "Job development", List.of(), COPENHAGEN, EDITED, 0);

        String ics = VisitCalendarWriter.write(List.of(visit), OSLO, Language.EN);

        assertThat(ics).contains("DTSTART;TZID=Europe/Copenhagen:20250114T133000\r\n");
        assertThat(startOf(onlyEvent(ics))).isEqualTo(Instant.parse("2025-01-14T12:30:00Z"));
        assertThat(endOf(onlyEvent(ics))).isEqualTo(Instant.parse("2025-01-14T13:15:00Z"));
    }

    @Test
    void theFileDefinesExactlyTheTimeZonesItsVisitsUse() {
        String ics = VisitCalendarWriter.write(List.of(
                visit(1, "A", OSLO, LocalDate.of(2025, 1, 14)),
                visit(2, "B", COPENHAGEN, LocalDate.of(2025, 1, 15)),
                visit(3, "C", OSLO, LocalDate.of(2025, 6, 16))), OSLO, Language.EN);

        List<VTimeZone> zones = parse(ics).getComponents(Component.VTIMEZONE);

        assertThat(zones).extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly("Europe/Oslo", "Europe/Copenhagen");
    }

    @Test
    void aLongDescriptionIsFoldedAt75OctetsAndUnfoldsIntact() {
        String purpose = "Møte med daglig leder om en deltidsstilling på lageret; æøå ÆØÅ, kaffe ☕ og 🙂 ".repeat(8);
        List<String> participants = List.of("Bjørn Kåre Ødegård-Ærø", "Åse Bæk");
        CalendarVisit visit = new CalendarVisit(9, "Lager & Logistikk Sør AS", "Industriveien 12, 4313 Sandnes",
                LocalDate.of(2025, 3, 3), LocalTime.of(10, 0), 60, purpose, participants, OSLO, EDITED, 0);

        String ics = VisitCalendarWriter.write(List.of(visit), OSLO, Language.EN);

        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(UTF_8)).hasSizeLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ");
        assertThat(onlyEvent(ics).getDescription().getValue())
                .isEqualTo(purpose + "\nParticipants:\nBjørn Kåre Ødegård-Ærø\nÅse Bæk");
    }

    @Test
    void aRescheduledVisitKeepsItsUidAndCarriesItsNewSequenceAndChangeTime() {
        CalendarVisit planned = visit(5, "Coop Extra", OSLO, LocalDate.of(2025, 6, 10));
        Instant movedAt = Instant.parse("2025-06-05T11:00:00Z");
        CalendarVisit moved = new CalendarVisit(5, "Coop Extra", null, LocalDate.of(2025, 6, 12), LocalTime.of(14, 0),
                60, "Get to know the employer", List.of(), OSLO, movedAt, 1);

        VEvent before = onlyEvent(VisitCalendarWriter.write(List.of(planned), OSLO, Language.EN));
        VEvent after = onlyEvent(VisitCalendarWriter.write(List.of(moved), OSLO, Language.EN));

        assertThat(after.getUid().orElseThrow().getValue()).isEqualTo(before.getUid().orElseThrow().getValue());
        assertThat(after.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(after.getDateTimeStamp().getDate()).isEqualTo(movedAt);
    }

    @Test
    void theSameVisitsAlwaysGiveTheSameFile() {
        List<CalendarVisit> week = List.of(visit(1, "A", OSLO, LocalDate.of(2025, 6, 10)));

        assertThat(VisitCalendarWriter.write(week, OSLO, Language.EN)).isEqualTo(VisitCalendarWriter.write(week, OSLO, Language.EN));
    }

    @Test
    void visitsArePrivateSoASharedCalendarShowsOnlyThatTheSpecialistIsBusy() {
        VEvent event = onlyEvent(VisitCalendarWriter.write(List.of(visit(1, "A", OSLO, LocalDate.of(2025, 6, 10))), OSLO, Language.EN));

        assertThat(event.getClassification().getValue()).isEqualTo("PRIVATE");
    }

    @Test
    void anEmptyWeekIsAValidCalendarWithoutEventsThatStillNamesTheTimeZone() {
        Calendar calendar = parse(VisitCalendarWriter.write(List.of(), COPENHAGEN, Language.EN));

        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly("Europe/Copenhagen");
    }

    @Test
    void aVisitInAFixedOffsetInsteadOfATimeZoneIsRefused() {
        CalendarVisit visit = visit(1, "A", ZoneOffset.ofHours(1), LocalDate.of(2025, 6, 10));

        assertThatIllegalArgumentException().isThrownBy(() -> VisitCalendarWriter.write(List.of(visit), OSLO, Language.EN))
                .withMessageContaining("+01:00");
    }

    @Test
    void aSubscribedCalendarNamesItselfAndSaysHowOftenToFetchItAgain() {
        String ics = VisitCalendarWriter.write(List.of(visit(41, "Bakeriet Nord AS", OSLO, LocalDate.of(2025, 6, 10))), OSLO,
                Language.EN, new VisitCalendarWriter.Subscription("Outreach: Kari Nordmo", java.time.Duration.ofMinutes(60)));

        Calendar calendar = parse(ics);

        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Outreach: Kari Nordmo");
        assertThat(calendar.getProperty("NAME").orElseThrow().getValue()).isEqualTo("Outreach: Kari Nordmo");
        assertThat(ics).contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n").contains("\r\nX-PUBLISHED-TTL:PT1H\r\n");
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
    }

    @Test
    void aDownloadedWeekSaysNothingAboutSubscribing() {
        String ics = VisitCalendarWriter.write(List.of(), OSLO, Language.EN);

        assertThat(ics).doesNotContain("X-WR-CALNAME").doesNotContain("REFRESH-INTERVAL");
    }

    private static CalendarVisit visit(long id, String employer, ZoneId zone, LocalDate day) {
        return new CalendarVisit(id, employer, null, day, LocalTime.of(9, 0), 60, "Get to know the employer",
                List.of(), zone, EDITED, 0);
    }

    private static CalendarVisit visitAt(String address) {
        return new CalendarVisit(3, "Bakeriet Nord AS", address, LocalDate.of(2025, 6, 10), LocalTime.of(9, 0), 60,
                "Get to know the employer", List.of(), OSLO, EDITED, 0);
    }

    private static Instant startOf(VEvent event) {
        return Instant.from(event.<Temporal>getDateTimeStart().getDate());
    }

    private static Instant endOf(VEvent event) {
        return Instant.from(event.<Temporal>getDateTimeEnd().getDate());
    }

    private static VEvent onlyEvent(String ics) {
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** Reads the file back as a calendar client would, resolving each TZID against the VTIMEZONE in the file. */
    private static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("the calendar does not parse: " + e.getMessage() + "\n" + ics, e);
        }
    }
}
