package no.ips.outreach.events.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.ips.outreach.events.control.Deliveries;
import no.ips.outreach.events.control.Subscriptions;
import no.ips.outreach.events.entity.WebhookDelivery;
import no.ips.outreach.events.entity.WebhookSubscription;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.control.QueryParams;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Events out: the administrator's webhook subscriptions, and the deliveries to them. */
@Path("events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class EventsResource {

    private static final int MAX_DELIVERIES = 500;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Deliveries deliveries;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("subscriptions")
    @Operation(summary = "Webhook subscriptions", description = "Administrators only. Secrets are not shown.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionView.class, type = SchemaType.ARRAY)))
    public List<SubscriptionView> subscriptions() {
        return subscriptions.all().stream().map(SubscriptionView::of).toList();
    }

    @POST
    @Path("subscriptions")
    @Operation(summary = "Register a webhook subscription", description = "Administrators only. Every event of the "
            + "given types from now on is POSTed to the URL as a CloudEvents 1.0 JSON message, signed as Standard "
            + "Webhooks specifies with the secret. Left out, a secret is generated; the answer is the only place it is "
            + "shown. Send an Idempotency-Key so that a retry replays the first answer.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "bad URL, event type or secret, with field messages")
    public Response register(@HeaderParam(IdempotentCreate.HEADER) String key, @NotNull SubscriptionRequest request) {
        return idempotent.once(key, request, () -> {
            WebhookSubscription s = subscriptions.register(request.toRequest(), user.name());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(s.id().toString()).build(),
                    SubscriptionView.withSecret(s), s.version());
        });
    }

    @GET
    @Path("subscriptions/{id}")
    @Operation(summary = "One webhook subscription, with an ETag", description = "Administrators only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "no such subscription")
    public Response subscription(@PathParam("id") long id) {
        WebhookSubscription s = subscriptions.find(id);
        return Versions.current(SubscriptionView.of(s), s.version());
    }

    @PUT
    @Path("subscriptions/{id}")
    @Operation(summary = "Change a webhook subscription", description = "Administrators only. Send If-Match from your "
            + "last read. A secret left out keeps the old one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "412", description = "changed since your read")
    public Response change(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull SubscriptionRequest request) {
        WebhookSubscription s = subscriptions.change(id, Versions.required(ifMatch), request.toRequest());
        boolean newSecret = request.secret() != null && !request.secret().isBlank();
        return Versions.current(newSecret ? SubscriptionView.withSecret(s) : SubscriptionView.of(s), s.version());
    }

    @DELETE
    @Path("subscriptions/{id}")
    @Operation(summary = "Delete a webhook subscription", description = "Administrators only. Send If-Match. Its "
            + "deliveries go with it, sent or not.")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        subscriptions.delete(id, Versions.required(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("deliveries")
    @Operation(summary = "Deliveries, newest first", description = "Administrators only. Each event to each "
            + "subscription: status, tries, last error and when the next try is due.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeliveryView.class, type = SchemaType.ARRAY)))
    public List<DeliveryView> deliveries(@QueryParam("subscriptionId") String subscriptionId,
                                         @Parameter(description = "PENDING, FAILING, DELIVERED or DEAD") @QueryParam("status") String status,
                                         @Parameter(description = "1-" + MAX_DELIVERIES + ", default 100") @QueryParam("limit") String limit) {
        Long sub = subscriptionId == null || subscriptionId.isBlank() ? null
                : (long) QueryParams.integer("subscriptionId", subscriptionId, 0, 1, Integer.MAX_VALUE);
        WebhookDelivery.Status wanted = QueryParams.enumValue("status", status, WebhookDelivery.Status.class);
        int max = QueryParams.integer("limit", limit, 100, 1, MAX_DELIVERIES);
        return deliveries.latest(sub, wanted, max).stream()
                .map(d -> DeliveryView.of(d, deliveries.event(d.eventId()).orElseThrow())).toList();
    }

    @POST
    @Path("deliveries/{id}/redelivery")
    @Operation(summary = "Send a delivery again", description = "Administrators only. A fresh round of tries starts "
            + "now, whatever its status (a DEAD one after the receiver is fixed, or a DELIVERED one the receiver lost). "
            + "Send an Idempotency-Key so that a retry does not start another round.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "no such delivery")
    public Response redeliver(@HeaderParam(IdempotentCreate.HEADER) String key, @PathParam("id") long id) {
        return idempotent.once(key, Map.of(), () -> {
            WebhookDelivery d = deliveries.redeliver(id, clock.instant());
            if (d == null) {
                throw ProblemException.notFound("delivery", id);
            }
            return new IdempotentCreate.Created(uri.getAbsolutePath(),
                    DeliveryView.of(d, deliveries.event(d.eventId()).orElseThrow()), d.version(), 200);
        });
    }
}
