package no.ips.outreach.platform.signin.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.signin.control.FlowCookie;
import no.ips.outreach.platform.signin.control.IdentityProvider;
import no.ips.outreach.platform.signin.control.IdentityProvider.SignInFailed;
import no.ips.outreach.platform.signin.control.SignedInSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * The web app's sign-in through the organisation's identity provider (see the package). Every endpoint is 404 while
 * no issuer is configured (dev mode signs in with its demo users instead). The provider's tokens stay in HttpOnly
 * cookies scoped to this path; the app reads its bearer token from {@code session}, same origin.
 */
@Path("auth")
@ApplicationScoped
@PermitAll
@SecurityRequirementsSet
public class SignInResource {

    private static final Logger LOG = Logger.getLogger(SignInResource.class.getName());
    private static final String COOKIE_PATH = "/api/v1/auth";

    @Inject
    IdentityProvider provider;

    @Inject
    SignedInSession sessions;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("sign-in")
    @Operation(summary = "Starts a sign-in at the organisation's identity provider",
            description = "Redirects to the provider's authorization endpoint (authorization code flow with PKCE).")
    @APIResponse(responseCode = "303", description = "to the identity provider")
    public Response signIn() {
        requireEnabled();
        FlowCookie cookies = new FlowCookie(provider.settings().clientSecret());
        FlowCookie.Flow flow = cookies.start(clock.instant());
        try {
            return Response.seeOther(provider.authorization(flow, callback()))
                    .cookie(cookie(FlowCookie.NAME, cookies.write(flow), (int) FlowCookie.LIFETIME.toSeconds(), NewCookie.SameSite.LAX))
                    .build();
        } catch (SignInFailed e) {
            throw failed(e);
        }
    }

    @GET
    @Path("callback")
    @Operation(summary = "Where the identity provider sends the browser back with a code",
            description = "Checks the state against the signed flow cookie, exchanges the code (with the PKCE verifier and "
                    + "the client secret), validates the ID token and its nonce, keeps the tokens in HttpOnly cookies and "
                    + "redirects to the app.")
    @APIResponse(responseCode = "303", description = "to the app")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error, @CookieParam(FlowCookie.NAME) String flowCookie) {
        requireEnabled();
        Instant now = clock.instant();
        var flow = new FlowCookie(provider.settings().clientSecret()).read(flowCookie, now);
        if (flow.isEmpty() || state == null || !flow.get().state().equals(state)) {
            throw problem(400, Messages.get("auth.flow-invalid"));
        }
        if (error != null || code == null) {
            throw problem(400, Messages.get("auth.provider-refused", error == null ? "no code" : error));
        }
        try {
            IdentityProvider.SignedIn signedIn = provider.exchange(code, flow.get(), callback(), now);
            int maxAge = (int) Math.max(1, signedIn.expires().getEpochSecond() - now.getEpochSecond());
            return Response.seeOther(appRoot())
                    .cookie(cookie(FlowCookie.NAME, "", 0, NewCookie.SameSite.LAX),
                            cookie(SignedInSession.ACCESS_COOKIE, signedIn.accessToken(), maxAge, NewCookie.SameSite.STRICT),
                            cookie(SignedInSession.ID_COOKIE, signedIn.idToken(), maxAge, NewCookie.SameSite.STRICT))
                    .build();
        } catch (SignInFailed e) {
            throw failed(e);
        }
    }

    @GET
    @Path("session")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in user's bearer token for the API, with who they are as the claim mapping reads it",
            description = "401 when nobody is signed in or the sign-in has expired.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SignInSessionView.class)))
    public SignInSessionView session(@CookieParam(SignedInSession.ACCESS_COOKIE) String accessToken) {
        requireEnabled();
        return sessions.read(accessToken, clock.instant())
                .map(user -> new SignInSessionView(accessToken, user.expires(), user.username(), user.name(), user.roles()))
                .orElseThrow(() -> problem(401, Messages.get("auth.no-session")));
    }

    @POST
    @Path("sign-out")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ends the app's session, and says where to end the one at the identity provider",
            description = "endSessionUrl is the provider's end_session_endpoint when it advertises one, else null.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SignOutView.class)))
    public Response signOut(@CookieParam(SignedInSession.ID_COOKIE) String idToken) {
        requireEnabled();
        String endSession = provider.endSession(idToken, appRoot()).map(URI::toString).orElse(null);
        return Response.ok(new SignOutView(endSession))
                .cookie(cookie(SignedInSession.ACCESS_COOKIE, "", 0, NewCookie.SameSite.STRICT),
                        cookie(SignedInSession.ID_COOKIE, "", 0, NewCookie.SameSite.STRICT))
                .build();
    }

    private void requireEnabled() {
        if (!provider.settings().enabled()) {
            throw new jakarta.ws.rs.NotFoundException(Messages.get("auth.not-configured"));
        }
    }

    /** The configured redirect URI, or this service's own callback as the request reached it. */
    private URI callback() {
        return provider.settings().redirectUri().orElseGet(() -> uri.getBaseUriBuilder().path("auth/callback").build());
    }

    private URI appRoot() {
        return provider.settings().redirectUri().orElseGet(uri::getBaseUri).resolve("/");
    }

    private NewCookie cookie(String name, String value, int maxAge, NewCookie.SameSite sameSite) {
        return new NewCookie.Builder(name).value(value).path(COOKIE_PATH).maxAge(maxAge).httpOnly(true)
                .secure("https".equals(appRoot().getScheme())).sameSite(sameSite).build();
    }

    private ProblemException failed(SignInFailed e) {
        LOG.warning("Sign-in failed: " + e.getMessage());
        int status = "auth.provider-unreachable".equals(e.reason) ? 503 : 502;
        return problem(status, "auth.provider-refused".equals(e.reason)
                ? Messages.get(e.reason, e.getMessage()) : Messages.get(e.reason));
    }

    private static ProblemException problem(int status, String detail) {
        return new ProblemException(Problem.of(status, Messages.get(status == 401 ? "problem.title.unauthorized"
                : status == 400 ? "problem.title.bad-request" : "problem.title.unavailable"), detail));
    }
}
