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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.ips.outreach.employers.control.EmployerRegistry;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.employers.entity.ContactPerson;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The people at an employer whom specialists talk to. */
@Path("employers/{employerId}/contacts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class ContactPersonsResource {

    @Inject
    EmployerRegistry registry;

    @Inject
    EmployerStore store;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The employer's contact persons")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContactPersonView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<ContactPersonView> list(@PathParam("employerId") long employerId) {
        registry.existing(employerId);
        return store.contactPersons(employerId).stream().map(ContactPersonView::of).toList();
    }

    @POST
    @Operation(summary = "Add a contact person")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ContactPersonView.class)))
    public Response add(@PathParam("employerId") long employerId, @HeaderParam(IdempotentCreate.HEADER) String key,
                        @Valid @NotNull ContactPersonRequest request) {
        return idempotent.once(key, request, () -> {
            ContactPerson person = registry.addContactPerson(employerId, request.name(), request.role(), request.phone(),
                    request.email(), request.preferredChannel());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(person.id().toString()).build(),
                    ContactPersonView.of(person), person.version());
        });
    }

    @GET
    @Path("{personId}")
    @Operation(summary = "A contact person, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContactPersonView.class)))
    public Response find(@PathParam("employerId") long employerId, @PathParam("personId") long personId) {
        ContactPerson person = registry.contactPerson(employerId, personId);
        return Versions.current(ContactPersonView.of(person), person.version());
    }

    @PUT
    @Path("{personId}")
    @Operation(summary = "Update a contact person", description = "Send If-Match with the ETag of your last read.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContactPersonView.class)))
    public Response update(@PathParam("employerId") long employerId, @PathParam("personId") long personId,
                           @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ContactPersonRequest request) {
        ContactPerson person = registry.updateContactPerson(employerId, personId, Versions.required(ifMatch),
                request.name(), request.role(), request.phone(), request.email(), request.preferredChannel());
        return Versions.current(ContactPersonView.of(person), person.version());
    }
}
