package no.ips.outreach.planning.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import no.ips.outreach.planning.control.CalendarFeeds;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.LanguagePreferences;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.ContactFacts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;

/**
 * The subscribed calendar itself. Calendar programs send no bearer token, so the secret in the path is the only key:
 * a revoked or unknown one is a 404 that says nothing more, and the calendar is written in its owner's language.
 */
@Path("calendar-feeds")
@ApplicationScoped
@PermitAll
@SecurityRequirementsSet
public class CalendarFeedsResource {

    @Inject
    CalendarFeeds feeds;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    LanguagePreferences languages;

    @Inject
    PlanCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "outreach.calendar-feed.weeks-ahead", defaultValue = "8")
    int weeksAhead;

    @Inject
    @ConfigProperty(name = "outreach.calendar-feed.refresh-minutes", defaultValue = "60")
    int refreshMinutes;

    @GET
    @Path("{token}")
    @Produces(PlannerResource.CALENDAR)
    @Operation(summary = "A subscribed calendar (iCalendar, no bearer token)", description = "The owner's planned and "
            + "done visits from two weeks back to the coming weeks, with X-WR-CALNAME and REFRESH-INTERVAL. The token "
            + "is the secret from POST /me/calendar-feed; a revoked or unknown one is 404.")
    public Response feed(@PathParam("token") String token) {
        Specialist owner = feeds.owner(token).flatMap(specialists::find)
                .orElseThrow(() -> new ProblemException(Problem.of(404, Messages.get("problem.title.not-found"),
                        Messages.get("host.feed.not-found"))));
        Language language = languages.of(owner.username()).orElse(Language.DEFAULT);
        String body = calendar.feed(owner, LocalDate.now(clock.withZone(ContactFacts.ZONE)), weeksAhead, language,
                Duration.ofMinutes(refreshMinutes));
        return Response.ok(body, PlannerResource.CALENDAR).header("Cache-Control", "private, no-store").build();
    }
}
