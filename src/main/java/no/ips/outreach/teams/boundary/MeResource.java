package no.ips.outreach.teams.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.LanguagePreferences;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.TeamDirectory;
import no.ips.outreach.teams.control.TeamScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    TeamScope scope;

    @Inject
    TeamDirectory teams;

    @Inject
    LanguagePreferences languages;

    @GET
    @Operation(summary = "Who am I", description = "A specialist's record is created from the token's name and team "
            + "claims the first time they call; without a known team claim an administrator must register them. "
            + "`language` is the language the service writes to the caller in; `preferredLanguage` the one they chose.")
    public MeView me() {
        List<String> roles = List.of(Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN).stream().filter(user::is).toList();
        return new MeView(user.name(), roles, scope.specialist().map(SpecialistView::of).orElse(null),
                teams.managedBy(user.name()).stream().map(TeamView::of).toList(), RequestLanguage.current().code(),
                languages.of(user.name()).map(Language::code).orElse(null));
    }

    /*
     * No If-Match: the choice belongs to the caller alone and replaces itself, so there is no colleague's change to
     * overwrite (as with a week's sign-off).
     */
    @PUT
    @Path("language")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the language the service writes to me in",
            description = "nb (bokmål), da or en. It wins over the Accept-Language header in error messages, CSV files, "
                    + "the calendar, the fidelity worksheet, occupation titles and labels.")
    @APIResponse(responseCode = "200", description = "who I am, now in the chosen language",
            content = @Content(schema = @Schema(implementation = MeView.class)))
    @APIResponse(responseCode = "400", description = "not one of nb, da, en")
    public MeView chooseLanguage(@Valid @NotNull(message = "{outreach.body.required}") LanguageChoice choice) {
        Language language = Language.of(choice.language()).orElseThrow(() ->
                ProblemException.invalid("language", Messages.get("language.unknown", choice.language(), String.join(", ", Language.codes()))));
        languages.choose(user.name(), language);
        return me();
    }

    @DELETE
    @Path("language")
    @Operation(summary = "Forget my language choice", description = "From now on the Accept-Language header decides, else bokmål.")
    @APIResponse(responseCode = "204", description = "forgotten")
    public void forgetLanguage() {
        languages.forget(user.name());
    }
}
