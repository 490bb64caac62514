package no.ips.outreach.system;

import jakarta.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.ips.outreach.testing.Directories;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * What every sign-in test shares in one run: a real OpenID Connect provider (NAV's mock-oauth2-server, with its
 * interactive login page) in the test JVM, and ONE service that signs in through it, maps its group ids to roles and
 * verifies its tokens. The service runs on the embedded database without dev mode (an issuer is configured), with one
 * team that an administrator, signed in at the provider, registers.
 */
public final class OrganisationSignIn {

    public static final String ISSUER_ID = "organisation";
    public static final String CLIENT_ID = "outreach-web";
    /**
     * The audience the service requires. The mock provider names its code-flow access tokens' audience {@code default}
     * whatever the scope (Entra ID would name the API's {@code api://...} from the scope); the tests' own tokens for
     * another audience show that the service refuses them.
     */
    public static final String AUDIENCE = "default";
    /** Entra ID-style group object ids, as the organisation's directory names its groups. */
    public static final String SPECIALISTS = "8d3f5c1e-4b7a-4e2c-9f10-5a6b7c8d9e01";
    public static final String MANAGERS = "8d3f5c1e-4b7a-4e2c-9f10-5a6b7c8d9e02";
    public static final String ADMINS = "8d3f5c1e-4b7a-4e2c-9f10-5a6b7c8d9e03";
    public static final String TEAM = "nav-sso";

    private static MockOAuth2Server provider;
    private static OutreachServer server;

    private OrganisationSignIn() {
    }

    public static synchronized MockOAuth2Server provider() {
        if (provider == null) {
            provider = new MockOAuth2Server(new OAuth2Config(true));
            provider.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(provider::shutdown));
        }
        return provider;
    }

    public static String issuer() {
        return provider().issuerUrl(ISSUER_ID).toString();
    }

    public static synchronized OutreachServer server() {
        if (server == null) {
            Directories.deleteRecursively(Path.of("target", "it", "oidc", "data"));
            server = OutreachServer.start("oidc", Map.ofEntries(
                    Map.entry("MP_JWT_VERIFY_ISSUER", issuer()),
                    Map.entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", provider().jwksUrl(ISSUER_ID).toString()),
                    Map.entry("MP_JWT_VERIFY_AUDIENCES", AUDIENCE),
                    Map.entry("OUTREACH_OIDC_ISSUER", issuer()),
                    Map.entry("OUTREACH_OIDC_CLIENT_ID", CLIENT_ID),
                    Map.entry("OUTREACH_OIDC_CLIENT_SECRET", "a-secret-only-the-server-knows"),
                    Map.entry("OUTREACH_OIDC_SCOPE", "openid profile"),
                    Map.entry("OUTREACH_AUTH_CLAIM_USERNAME", "NAVident"),
                    Map.entry("OUTREACH_AUTH_CLAIM_TEAM", "office"),
                    Map.entry("OUTREACH_AUTH_ROLES_SPECIALIST", SPECIALISTS),
                    Map.entry("OUTREACH_AUTH_ROLES_MANAGER", MANAGERS),
                    Map.entry("OUTREACH_AUTH_ROLES_ADMIN", ADMINS)));
            api(token("oidc.admin", "Outreach Admin", List.of(ADMINS))).post("teams", Json.createObjectBuilder()
                    .add("code", TEAM).add("name", "NAV SSO").add("kind", "NAV_OFFICE").build()).expect(201);
        }
        return server;
    }

    public static Client api(String token) {
        return new Client(server().base(), token);
    }

    /** An access token from the provider for the service's audience, with the claims the organisation sends. */
    public static String token(String user, String displayName, List<String> groups) {
        return provider().issueToken(ISSUER_ID, user, AUDIENCE, claims(user, displayName, groups), 3600).serialize();
    }

    /** The claims a user types into the provider's login page, or that the directory would send. */
    public static Map<String, Object> claims(String user, String displayName, List<String> groups) {
        return Map.of("NAVident", user, "name", displayName, "office", TEAM, "groups", groups);
    }
}
