package no.ips.outreach.system;

import static no.ips.outreach.system.OrganisationSignIn.ADMINS;
import static no.ips.outreach.system.OrganisationSignIn.AUDIENCE;
import static no.ips.outreach.system.OrganisationSignIn.ISSUER_ID;
import static no.ips.outreach.system.OrganisationSignIn.MANAGERS;
import static no.ips.outreach.system.OrganisationSignIn.SPECIALISTS;
import static no.ips.outreach.system.OrganisationSignIn.api;
import static no.ips.outreach.system.OrganisationSignIn.claims;
import static no.ips.outreach.system.OrganisationSignIn.provider;
import static no.ips.outreach.system.OrganisationSignIn.token;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API with the organisation's own tokens: its group ids mapped to roles, everything else refused. */
class OrganisationSignInIT {

    @Test
    void aMappedGroupIdGivesTheRoleAndTheConfiguredClaimsNameTheUser() {
        var me = api(token("oidc.kari", "Kari Organisasjon", List.of("unrelated-group", SPECIALISTS))).get("me").expect(200).json();
        assertThat(me.getString("username")).isEqualTo("oidc.kari");
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("specialist");
        assertThat(me.getJsonObject("specialist").getString("displayName")).isEqualTo("Kari Organisasjon");
        assertThat(me.getJsonObject("specialist").getString("teamCode")).isEqualTo(OrganisationSignIn.TEAM);
    }

    @Test
    void aManagerGroupGivesTheManagersEndpointsAndNotTheAdministrators() {
        var manager = api(token("oidc.liv", "Liv Organisasjon", List.of(MANAGERS)));
        assertThat(manager.get("me").expect(200).json().getJsonArray("roles").getString(0)).isEqualTo("manager");
        manager.post("teams", jakarta.json.Json.createObjectBuilder().add("code", "nope").add("name", "nope")
                .add("kind", "NAV_OFFICE").build()).expect(403);
        api(token("oidc.admin2", "Admin", List.of(ADMINS))).get("teams").expect(200);
    }

    @Test
    void aUserWithNoMappedGroupIsForbiddenWithTheMissingRoleNamed() {
        var reply = api(token("oidc.stranger", "Stranger", List.of("some-other-group"))).get("me").expect(403);
        assertThat(reply.json().getString("detail")).contains("specialist, manager, admin").contains("groups");
        var employers = api(token("oidc.stranger", "Stranger", List.of())).get("employers").expect(403);
        assertThat(employers.json().getString("detail")).contains("specialist");
    }

    @Test
    void aGroupNamedLikeARoleCountsOnlyWhenItIsMapped() {
        api(token("oidc.literal", "Literal", List.of("admin", "specialist"))).get("me").expect(403);
    }

    @Test
    void aTokenFromAnotherIssuerOrForAnotherAudienceIsUnauthorized() {
        String otherIssuer = provider().issueToken("elsewhere", "oidc.kari", AUDIENCE,
                claims("oidc.kari", "Kari", List.of(SPECIALISTS)), 3600).serialize();
        api(otherIssuer).get("me").expect(401);
        String otherAudience = provider().issueToken(ISSUER_ID, "oidc.kari", "another-api",
                claims("oidc.kari", "Kari", List.of(SPECIALISTS)), 3600).serialize();
        api(otherAudience).get("me").expect(401);
        String expired = provider().issueToken(ISSUER_ID, "oidc.kari", AUDIENCE,
                claims("oidc.kari", "Kari", List.of(SPECIALISTS)), -120).serialize();
        api(expired).get("me").expect(401);
    }

    @Test
    void withoutASignInTheSessionIsUnauthorizedAndTheSignInRedirectsToTheProviderWithPkce() throws Exception {
        api(null).get("/api/v1/auth/session").expect(401);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI start = OrganisationSignIn.server().base().resolve("/api/v1/auth/sign-in");
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(start).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(303);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(provider().authorizationEndpointUrl(ISSUER_ID).toString())
                .contains("code_challenge_method=S256").contains("code_challenge=").contains("nonce=").contains("state=")
                .contains("client_id=" + OrganisationSignIn.CLIENT_ID).doesNotContain("secret");
        assertThat(redirect.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("outreach_sign_in=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theSessionHandsTheAppItsTokenWithTheMappedRolesAndSignOutNamesTheProvidersEndSession() {
        String token = token("oidc.per", "Per Organisasjon", List.of(MANAGERS, "unmapped"));
        var session = api(null).send(api(null).request("/api/v1/auth/session").header("Cookie", "outreach_session=" + token))
                .expect(200).json();
        assertThat(session.getString("token")).isEqualTo(token);
        assertThat(session.getString("username")).isEqualTo("oidc.per");
        assertThat(session.getString("name")).isEqualTo("Per Organisasjon");
        assertThat(session.getJsonArray("roles").getString(0)).isEqualTo("manager");
        assertThat(session.getJsonArray("roles")).hasSize(1);

        String idToken = provider().issueToken(ISSUER_ID, "oidc.per", OrganisationSignIn.CLIENT_ID,
                claims("oidc.per", "Per", List.of(MANAGERS)), 3600).serialize();
        var signOut = api(null).send(api(null).request("/api/v1/auth/sign-out").header("Cookie", "outreach_id=" + idToken)
                .POST(HttpRequest.BodyPublishers.noBody())).expect(200);
        assertThat(signOut.json().getString("endSessionUrl"))
                .startsWith(provider().endSessionEndpointUrl(ISSUER_ID).toString()).contains("id_token_hint=" + idToken);
        assertThat(signOut.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("outreach_session=").contains("Max-Age=0"));
    }

    @Test
    void theAppPageSignsInThroughTheOrganisationAndDevModesSignInIsGone() {
        Client anonymous = api(null);
        assertThat(anonymous.get("/").body()).contains("<meta name=\"outreach:oidc-sign-in\" content=\"true\">")
                .contains("<meta name=\"outreach:dev-sign-in\" content=\"false\">");
        anonymous.get("dev/users").problem(404);
    }

    @Test
    void aCallbackWithoutItsFlowCookieIsRefusedAsBadInput() {
        var reply = api(null).get("/api/v1/auth/callback?code=abc&state=forged").expect(400);
        assertThat(reply.json().getString("detail")).isNotBlank();
    }
}
