package no.ips.outreach.web;

import static no.ips.outreach.system.OrganisationSignIn.SPECIALISTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import no.ips.outreach.system.OrganisationSignIn;
import no.ips.outreach.system.TestData;
import org.junit.jupiter.api.Test;

/**
 * A specialist signs in through the organisation's identity provider (a real OpenID Connect server with an interactive
 * login page, where the test types the user and the directory's group ids), reaches their week, signs out, and signs
 * in again in a window of its own when the session expires mid-form, without losing the form.
 */
class OrganisationSignInWebIT extends BrowserTest {

    private static final String SIGN_IN = "Logg inn med organisasjonen din";

    @Override
    protected String baseUrl() {
        return OrganisationSignIn.server().base().toString();
    }

    @Test
    void aSpecialistSignsInAtTheProviderWithGroupIdsAndReachesTheirWeek() {
        page.navigate("/");
        shows(button(SIGN_IN));
        screen("oidc-sign-in");
        button(SIGN_IN).click();

        logInAtTheProvider(page, "oidc.ingrid", "Ingrid Organisasjon");

        shows(link("Min uke"));
        page.waitForURL(url -> url.startsWith(baseUrl()));
        shows(page.locator("week-screen"));
        screen("oidc-week");
        assertThat(page.evaluate("localStorage.getItem('outreach.token')")).isNotNull();
        assertThat(context.cookies()).filteredOn(cookie -> cookie.name.equals("outreach_session"))
                .allSatisfy(cookie -> assertThat(cookie.httpOnly).isTrue());
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProviderAndReturnsToTheSignInPage() {
        page.navigate("/");
        button(SIGN_IN).click();
        logInAtTheProvider(page, "oidc.oskar", "Oskar Organisasjon");
        shows(link("Min uke"));

        var endSession = page.waitForRequest(request -> request.url().startsWith(
                OrganisationSignIn.provider().endSessionEndpointUrl(OrganisationSignIn.ISSUER_ID).toString()),
                () -> button("Logg ut").click());
        assertThat(endSession.url()).contains("id_token_hint=").contains("post_logout_redirect_uri=");
        page.waitForURL(url -> url.startsWith(baseUrl()));
        shows(button(SIGN_IN));
        page.reload();
        shows(button(SIGN_IN));
        assertThat(page.evaluate("localStorage.getItem('outreach.token')")).isNull();
        assertThat(context.cookies()).noneMatch(cookie -> cookie.name.equals("outreach_session") && !cookie.value.isEmpty());
        screen("oidc-signed-out");
    }

    @Test
    void anExpiredSessionMidFormSignsInAgainInAWindowOfItsOwnWithoutLosingTheForm() {
        String user = "oidc.kari";
        var api = OrganisationSignIn.api(OrganisationSignIn.token(user, "Kari Organisasjon", List.of(SPECIALISTS)));
        long employer = api.post("employers", TestData.employer("Utløpt Rørlegger").build()).expect(201).id();
        page.navigate("/");
        button(SIGN_IN).click();
        logInAtTheProvider(page, user, "Kari Organisasjon");
        link("Logg besøk").click();
        pickEmployer("Utløpt Rørlegger", "Utløpt Rørlegger");
        happenedDaysAgo(3);
        field("Resultat").fill("Skrevet før økten gikk ut");

        // the session ends: the provider's token has expired and so has the app's session cookie
        String expired = OrganisationSignIn.provider().issueToken(OrganisationSignIn.ISSUER_ID, user,
                OrganisationSignIn.AUDIENCE, OrganisationSignIn.claims(user, "Kari Organisasjon", List.of(SPECIALISTS)), -120)
                .serialize();
        context.clearCookies();
        page.evaluate("t => { const u = JSON.parse(localStorage.getItem('outreach.user')); u.token = t;"
                + " localStorage.setItem('outreach.user', JSON.stringify(u)); localStorage.setItem('outreach.token', t); }", expired);
        button("Lagre besøket").click();

        Locator dialog = page.getByRole(AriaRole.DIALOG);
        showsText(dialog, "Det du har skrevet, er tatt vare på.");
        screen("oidc-sign-in-again");
        Page popup = page.waitForPopup(() -> dialog.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(SIGN_IN)).click());
        logInAtTheProvider(popup, user, "Kari Organisasjon");

        showsText(page.getByTestId("visit-result"), "Besøket hos Utløpt Rørlegger er lagret.");
        List<JsonObject> visits = api.get("employers/" + employer + "/visits").expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).getString("outcome")).isEqualTo("Skrevet før økten gikk ut");
        assertThat(page.evaluate("localStorage.getItem('outreach.token')")).isNotEqualTo(expired);
    }

    /** The provider's own login page: a user name, and the claims the directory would send, as JSON. */
    private static void logInAtTheProvider(Page at, String user, String displayName) {
        at.locator("input[name=username]").fill(user);
        Map<String, Object> claims = OrganisationSignIn.claims(user, displayName, List.of("unmapped-group", SPECIALISTS));
        var json = Json.createObjectBuilder();
        claims.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                var array = Json.createArrayBuilder();
                list.forEach(item -> array.add(item.toString()));
                json.add(name, array);
            } else {
                json.add(name, value.toString());
            }
        });
        at.locator("textarea[name=claims]").fill(json.build().toString());
        at.locator("input[type=submit]").click();
    }
}
