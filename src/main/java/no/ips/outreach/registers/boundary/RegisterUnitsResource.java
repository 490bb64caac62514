package no.ips.outreach.registers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.registers.control.EmployersFromRegister;
import no.ips.outreach.registers.control.RegisterUnits;
import no.ips.outreach.registers.entity.UnitFilter;
import no.ips.outreach.registers.entity.UnitKind;
import no.ips.outreach.registers.entity.UnitRow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The imported registers: look a unit up by number, choose units, and add one as an employer. */
@Path("registers/units")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class RegisterUnitsResource {

    @Inject
    RegisterUnits units;

    @Inject
    EmployersFromRegister employers;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @Path("{number}")
    @Operation(summary = "Look a unit up by number", description = "An organisation number (9 digits: the local unit "
            + "before the legal one), a P-number (10) or a CVR number (8: its first open P-unit), typed with spaces or "
            + "not; fills in an employer's name, address, industry and size.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RegisterUnitView.class)))
    public RegisterUnitView lookUp(@PathParam("number") String typed) {
        return RegisterUnitView.of(find(typed));
    }

    @GET
    @Operation(summary = "Choose units from the register", description = "By municipality (today's kommunenummer), "
            + "postcode, industry (a NACE section letter, or a code prefix such as 47 or 47.1) and size band of "
            + "employees (10-49, 250-); open units only unless includeClosed=true. Sorted by name.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RegisterUnitPage.class)))
    public RegisterUnitPage choose(@Parameter(description = "UNDERENHET (default), ENHET or P_UNIT") @QueryParam("kind") String kind,
                                   @QueryParam("municipality") String municipality,
                                   @QueryParam("postcode") String postcode,
                                   @Parameter(description = "a NACE section (A-U) or a code prefix (47, 47.1)") @QueryParam("industry") String industry,
                                   @Parameter(description = "employees, MIN-MAX or MIN-") @QueryParam("size") String size,
                                   @QueryParam("includeClosed") String includeClosed,
                                   @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        UnitKind unitKind;
        try {
            unitKind = kind == null ? UnitKind.UNDERENHET : UnitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", Messages.get("outreach.v.register-kind"));
        }
        if (municipality != null && !municipality.matches("\\d{4}")) {
            throw ProblemException.invalid("municipality", Messages.get("registers.municipality.invalid"));
        }
        if (postcode != null && !postcode.matches("\\d{4}")) {
            throw ProblemException.invalid("postcode", Messages.get("registers.postcode.invalid"));
        }
        if (industry != null && !industry.matches("[A-U]|\\d{2}(\\.\\d{0,3})?")) {
            throw ProblemException.invalid("industry", Messages.get("registers.industry.invalid"));
        }
        Integer min = null;
        Integer max = null;
        if (size != null) {
            if (!size.matches("\\d{1,6}-(\\d{1,6})?")) {
                throw ProblemException.invalid("size", Messages.get("registers.size.invalid"));
            }
            String[] bounds = size.split("-", -1);
            min = Integer.valueOf(bounds[0]);
            max = bounds[1].isEmpty() ? null : Integer.valueOf(bounds[1]);
        }
        if (includeClosed != null && !includeClosed.matches("true|false")) {
            throw ProblemException.invalid("includeClosed", Messages.get("registers.include-closed.invalid"));
        }
        PageRequest page = PageRequest.parse(offset, limit, null, Set.of("name"), "name");
        Page<UnitRow> found = units.choose(new UnitFilter(unitKind, municipality, postcode, industry, min, max,
                "true".equals(includeClosed)), page);
        return new RegisterUnitPage(found.total(), found.offset(), found.limit(),
                found.items().stream().map(RegisterUnitView::of).toList());
    }

    @POST
    @Path("{number}/employer")
    @Operation(summary = "Add a register unit as an employer", description = "The employer keeps its link to the unit: "
            + "a re-import updates its name, address, industry and size unless a person has changed them. A Danish unit "
            + "with advertising protection arrives as do-not-contact, with that reason. 409 when the organisation number "
            + "is already an employer; 422 when the register has no industry code Outreach knows.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AddedEmployer.class)))
    public Response add(@HeaderParam(IdempotentCreate.HEADER) String key, @PathParam("number") String typed) {
        UnitRow row = find(typed);
        return idempotent.once(key, typed, () -> {
            Employer employer = employers.add(row.unit().number());
            return new IdempotentCreate.Created(uri.getBaseUriBuilder().path("employers").path(employer.id().toString()).build(),
                    new AddedEmployer(employer.id(), RegisterUnitView.of(row)), employer.version());
        });
    }

    private UnitRow find(String typed) {
        String number = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!number.matches("\\d{8,10}")) {
            throw ProblemException.invalid("number", Messages.get("registers.number.invalid"));
        }
        return units.byNumber(number).orElseThrow(() -> ProblemException.notFound("Register unit", number));
    }
}
