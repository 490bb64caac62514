package no.ips.outreach.labels.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.ips.outreach.labels.control.EnumLabels;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("labels")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class LabelsResource {

    @GET
    @Operation(summary = "Labels for every enum value the API uses, in one language",
            description = "JSON values stay English codes (IN_PERSON); this gives the words to show for them, so that the "
                    + "web app and host systems show the same words. Without lang: the caller's language.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LabelsView.class)))
    @APIResponse(responseCode = "400", description = "lang is not nb, da or en")
    public Response labels(@Parameter(description = "nb, da or en") @QueryParam("lang") String lang) {
        Language language = lang == null || lang.isBlank() ? RequestLanguage.current() : Language.of(lang).orElseThrow(() ->
                ProblemException.invalid("lang", Messages.get("language.unknown", lang, String.join(", ", Language.codes()))));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(new LabelsView(language.code(), EnumLabels.in(language)))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code()).cacheControl(cache).build();
    }
}
