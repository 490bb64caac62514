package no.ips.outreach.planning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import no.ips.outreach.planning.control.CalendarFeeds;
import no.ips.outreach.planning.entity.CalendarFeed;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.TeamScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A specialist's own calendar subscription: one secret URL at a time that Outlook or Google fetches without a sign-in.
 * Making one again renews it (the old URL answers 404 from then on); deleting it revokes it.
 */
@Path("me/calendar-feed")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class CalendarFeedResource {

    @Inject
    CalendarFeeds feeds;

    @Inject
    CurrentUser user;

    @Inject
    TeamScope scope;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Whether the caller has a calendar subscription, and since when (never its URL)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CalendarFeedView.class)))
    public CalendarFeedView status() {
        return feeds.live(user.name()).map(feed -> new CalendarFeedView(true, feed.createdAt(), null))
                .orElse(new CalendarFeedView(false, null, null));
    }

    /*
     * No Idempotency-Key: replaying the first answer would mean keeping the secret URL in clear in the idempotency
     * store. A retried POST makes another URL instead and revokes the one the lost answer held, which nobody has yet.
     */
    @POST
    @Operation(summary = "Make or renew the caller's calendar subscription", description = "Answers the secret URL "
            + "once; any earlier URL of the caller answers 404 from now on. The calendar covers the past two weeks and "
            + "the coming weeks of the caller's own planned visits. Only specialists have a week to subscribe to.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CalendarFeedView.class)))
    public Response renew() {
        if (scope.specialist().isEmpty()) {
            throw ProblemException.forbidden(Messages.get("host.feed.no-week"));
        }
        CalendarFeed.Issued issued = feeds.renew(user.name());
        URI url = uri.getBaseUriBuilder().path("calendar-feeds").path(issued.token()).build();
        return Response.status(Response.Status.CREATED).location(uri.getAbsolutePath())
                .entity(new CalendarFeedView(true, issued.feed().createdAt(), url.toString())).build();
    }

    @DELETE
    @Operation(summary = "Revoke the caller's calendar subscription", description = "Its URL answers 404 from now on.")
    @APIResponse(responseCode = "204", description = "revoked, or there was none")
    public Response revoke() {
        feeds.revoke(user.name());
        return Response.noContent().build();
    }
}
