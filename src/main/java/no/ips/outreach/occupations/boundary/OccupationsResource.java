package no.ips.outreach.occupations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.ips.outreach.occupations.control.OccupationCatalogue;
import no.ips.outreach.occupations.control.OccupationSearch;
import no.ips.outreach.occupations.entity.Occupation;
import no.ips.outreach.occupations.entity.OccupationLevel;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.control.QueryParams;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("occupations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class OccupationsResource {

    @Inject
    OccupationCatalogue catalogue;

    @GET
    @Operation(summary = "Find occupations (ISCO-08, the codes of STYRK-08)",
            description = "Every word of q must appear in one of the group's names, ignoring case and accents (sjafor finds "
                    + "sjåfør): its ISCO-08, STYRK-08 (Norwegian) or DISCO-08 (Danish) title, ESCO's English labels and "
                    + "synonyms, or an everyday job-ad word. Titles are in the caller's language. Sorted by code, "
                    + "which lists each group right before its sub-groups. Jobs are coded with UNIT groups.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OccupationPage.class)))
    public OccupationPage search(
            @Parameter(description = "words of a title or job name, e.g. kokk, kok, cook") @QueryParam("q") String text,
            @Parameter(description = "the first digits of the code, e.g. 51") @QueryParam("prefix") String prefix,
            @Parameter(description = "MAJOR, SUB_MAJOR, MINOR or UNIT") @QueryParam("level") String level,
            @QueryParam("offset") String offset,
            @Parameter(description = "page size, 1-" + PageRequest.MAX_LIMIT + "; larger is refused") @QueryParam("limit") String limit,
            @Parameter(description = "code, or -code for descending") @QueryParam("sort") String sort) {
        var search = new OccupationSearch(text, prefix, QueryParams.enumValue("level", level, OccupationLevel.class));
        var page = PageRequest.parse(offset, limit, sort, OccupationCatalogue.SORT_KEYS, "code");
        return OccupationPage.of(catalogue.search(search, page).map(OccupationView::of));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One occupation group, with the groups above it and the groups directly below it")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OccupationDetail.class)))
    @APIResponse(responseCode = "404", description = "no ISCO-08 group has this code")
    public OccupationDetail find(@PathParam("code") String code) {
        Occupation occupation = catalogue.existing(code);
        return OccupationDetail.of(occupation, catalogue.ancestors(occupation), catalogue.children(occupation));
    }
}
