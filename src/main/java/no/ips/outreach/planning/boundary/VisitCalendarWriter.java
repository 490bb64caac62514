package no.ips.outreach.planning.boundary;

import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.Language;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Writes a week of planned visits as an iCalendar file (RFC 5545) for Outlook, Google Calendar or Apple Calendar to
 * import. Serve it as {@code text/calendar; charset=UTF-8}: lines are folded at 75 octets of UTF-8.
 *
 * <p>The file has no METHOD. Without one it is a plain snapshot of calendar data, which Google imports as it is and
 * Outlook treats as PUBLISH (MS-OXCICAL); METHOD:PUBLISH itself would make it an iTIP message (RFC 5546), whose events
 * must name an ORGANIZER the planner does not have. Without a METHOD, DTSTAMP is when the visit was last changed, so
 * the same visits always give the same file.
 */
public final class VisitCalendarWriter {

    private static final String PRODUCT_ID = "-//IPS Outreach//Visit planner//EN";
    private static final String UID_DOMAIN = "outreach.ips.no";

    private VisitCalendarWriter() {
    }

    /**
     * The visits as one calendar. RFC 5545 wants at least one component, so a week without visits still gets the
     * {@code home} time zone's definition: a valid file that adds nothing to the calendar it is imported into. The
     * summaries and descriptions are in the specialist's language.
     */
    public static String write(List<CalendarVisit> visits, ZoneId home, Language language) {
        return write(visits, home, language, null);
    }

    /**
     * What a subscribed calendar says about itself: its name in the calendar program's list ({@code NAME} of RFC 7986
     * and {@code X-WR-CALNAME}, which Outlook and Google read) and how often to fetch it again ({@code REFRESH-INTERVAL}
     * of RFC 7986, and {@code X-PUBLISHED-TTL}, Outlook's older word for it).
     */
    public record Subscription(String name, Duration refresh) {
    }

    /** As {@link #write(List, ZoneId, Language)}, with the properties of a subscribed calendar when there is one. */
    public static String write(List<CalendarVisit> visits, ZoneId home, Language language, Subscription subscription) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        if (subscription != null) {
            calendar.add(new Name(oneLine(subscription.name())));
            calendar.add(new XProperty("X-WR-CALNAME", oneLine(subscription.name())));
            RefreshInterval refresh = new RefreshInterval(new ParameterList(List.of(Value.DURATION)), subscription.refresh());
            calendar.add(refresh);
            calendar.add(new XProperty("X-PUBLISHED-TTL", subscription.refresh().toString()));
        }
        List<ZoneId> zones = visits.isEmpty() ? List.of(home) : visits.stream().map(CalendarVisit::zone).distinct().toList();
        zones.stream().map(TimeZoneDefinitions::of).forEach(calendar::add);
        visits.stream().map(visit -> event(visit, language)).forEach(calendar::add);

        ValidationResult validation = calendar.validate();
        if (validation.hasErrors()) {
            throw new IllegalStateException("the visit calendar breaks RFC 5545: " + validation);
        }
        return ContentLines.fold(calendar.toString());
    }

    /** Stays when a visit is rescheduled, so a re-imported week updates its events instead of doubling them. */
    private static String uid(long plannedVisitId) {
        return "planned-visit-" + plannedVisitId + "@" + UID_DOMAIN;
    }

    private static VEvent event(CalendarVisit visit, Language language) {
        VEvent event = new VEvent(visit.startsAt(), visit.endsAt(),
                Messages.get(language, "calendar.summary", oneLine(visit.employerName())));
        event.add(new Uid(uid(visit.plannedVisitId())));
        event.replace(new DtStamp(visit.lastModified()));
        event.add(new Sequence(visit.sequence()));
        event.add(new Description(description(visit, language)));
        if (visit.address() != null && !visit.address().isBlank()) {
            event.add(new Location(oneLine(visit.address())));
        }
        // participants' names reveal who receives mental-health services; a shared calendar shows only "busy"
        event.add(ImmutableClazz.PRIVATE);
        return event;
    }

    private static String description(CalendarVisit visit, Language language) {
        if (visit.participants().isEmpty()) {
            return lines(visit.purpose());
        }
        return Stream.concat(Stream.of(lines(visit.purpose()), Messages.get(language, "calendar.participants")),
                visit.participants().stream().map(VisitCalendarWriter::oneLine)).collect(Collectors.joining("\n"));
    }

    /**
     * ical4j escapes line feeds, commas and semicolons but passes a bare CR or other control characters through, which
     * would end the content line and let a name inject a property. Input refuses them; this keeps older rows harmless.
     */
    static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cntrl}\u0085\u2028\u2029]", " ");
    }

    /** A note keeps its line breaks (typed on Windows or not), which ical4j escapes; nothing else. */
    static String lines(String text) {
        return text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}\u0085\u2028\u2029&&[^\n]]", " ");
    }
}
