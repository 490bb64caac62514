package no.ips.outreach.employers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import no.ips.outreach.employers.control.EmployerRegistry;
import no.ips.outreach.employers.control.EmployerSearch;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.control.Proximity;
import no.ips.outreach.platform.control.QueryParams;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("employers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class EmployersResource {

    @Inject
    EmployerRegistry registry;

    @Inject
    EmployerStore store;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Search employers", description = "Archived employers are left out unless includeArchived=true. "
            + "near=lat,lon with radiusKm finds employers within that great-circle distance and sorts them nearest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EmployerPage.class)))
    public EmployerPage search(
            @Parameter(description = "words in the name, or the organisation number (spaces allowed)") @QueryParam("q") String text,
            @Parameter(description = "4-digit kommunenummer") @QueryParam("municipality") String municipality,
            @Parameter(description = "NACE code prefix, e.g. 47 or 56.1") @QueryParam("industry") String industry,
            @QueryParam("stage") String stage,
            @QueryParam("tag") String tag,
            @Parameter(description = "no contact at all in the last N days") @QueryParam("notContactedForDays") String notContactedForDays,
            @Parameter(description = "lat,lon in decimal degrees") @QueryParam("near") String nearPoint,
            @QueryParam("radiusKm") String radiusKm,
            @QueryParam("includeArchived") boolean includeArchived,
            @QueryParam("offset") String offset,
            @Parameter(description = "page size, 1-" + PageRequest.MAX_LIMIT + "; larger is refused") @QueryParam("limit") String limit,
            @Parameter(description = "name, created, orgNumber or distance; prefix - for descending") @QueryParam("sort") String sort) {
        Proximity near = Proximity.parse(nearPoint, radiusKm, sort);
        var search = new EmployerSearch(blankToNull(text), blankToNull(municipality), blankToNull(industry),
                QueryParams.enumValue("stage", stage, RelationshipStage.class), blankToNull(tag),
                notContactedForDays == null ? null : QueryParams.integer("notContactedForDays", notContactedForDays, 0, 0, 36_500),
                near == null ? null : near.latitude(), near == null ? null : near.longitude(),
                near == null ? null : near.radiusKm(), includeArchived);
        var page = PageRequest.parse(offset, limit, sort, EmployerStore.SORT_KEYS, near == null ? "name" : "distance");
        var now = clock.instant();
        return EmployerPage.of(store.search(search, page).map(match -> EmployerView.of(match, now)));
    }

    @POST
    @Operation(summary = "Register an employer", description = "The organisation number is checked (MOD11) and must be new.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "409", description = "the organisation number is already registered; the problem names that employer")
    public Response register(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull EmployerRequest request) {
        return idempotent.once(key, request, () -> {
            Employer employer = registry.register(request.country(), request.orgNumber(), request.toProfile());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(employer.id().toString()).build(),
                    view(employer), employer.version());
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One employer, with its stage, the date of its last face-to-face contact and its contact persons")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EmployerView.class)))
    public Response find(@PathParam("id") long id) {
        Employer employer = registry.existing(id);
        List<ContactPersonView> people = store.contactPersons(id).stream().map(ContactPersonView::of).toList();
        return Versions.current(view(employer).withContactPersons(people), employer.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update an employer", description = "Send If-Match with the ETag of your last read.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "412", description = "someone changed the employer since your read; nothing was saved")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull EmployerRequest request) {
        return tagged(registry.update(id, Versions.required(ifMatch), request.country(), request.orgNumber(), request.toProfile()));
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive an employer", description = "Archived employers keep their visit history but take no new visits.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EmployerView.class)))
    public Response archive(@PathParam("id") long id) {
        return tagged(registry.archive(id));
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Bring an archived employer back")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EmployerView.class)))
    public Response restore(@PathParam("id") long id) {
        return tagged(registry.restore(id));
    }

    private Response tagged(Employer employer) {
        return Versions.current(view(employer), employer.version());
    }

    private EmployerView view(Employer employer) {
        return EmployerView.of(employer, store.contacts(employer.id()), null, clock.instant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
