package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class SecurityIT {

    private final Outreach outreach = Outreach.onMariaDb();

    @Test
    void theApiNeedsABearerToken() {
        Reply reply = outreach.anonymous().get("employers");

        reply.problem(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void expiredForeignAndForgedTokensAreRefused() {
        Tokens tokens = outreach.tokens;

        outreach.withToken(tokens.expired("kari", SPECIALIST)).get("employers").problem(401);
        outreach.withToken(tokens.fromAnotherIssuer("kari", SPECIALIST)).get("employers").problem(401);
        outreach.withToken(tokens.signedByAStranger("kari", SPECIALIST)).get("employers").problem(401);
        outreach.withToken("not.a.token").get("employers").problem(401);
    }

    /**
     * Once a token has been verified the service remembers it (VerifiedTokens): every wrong token must still be
     * refused, whether sent before or after a valid token of the same user has been remembered, and twice in a row.
     */
    @Test
    void aRememberedTokenOpensTheDoorToNoWrongOne() {
        Tokens tokens = outreach.tokens;
        String good = tokens.valid("cached", SPECIALIST);
        var wrong = java.util.Map.of(
                "expired", tokens.expired("cached", SPECIALIST),
                "forged (another issuer)", tokens.fromAnotherIssuer("cached", SPECIALIST),
                "signed with another key", tokens.signedByAStranger("cached", SPECIALIST),
                "the same claims signed with another key", tokens.resignedByAStranger(good),
                "alg=none", Tokens.unsigned(good),
                "claims tampered (role)", Tokens.tampered(good, "\"" + SPECIALIST + "\"", "\"" + ADMIN + "\""),
                "claims tampered (user)", Tokens.tampered(good, "\"cached\"", "\"cachet\""),
                "signature cut", good.substring(0, good.lastIndexOf('.') + 1));

        wrong.forEach((how, token) -> outreach.withToken(token).get("employers").problem(401));
        outreach.withToken(good).get("employers").expect(200);
        outreach.withToken(good).get("employers").expect(200);
        for (int round = 0; round < 2; round++) {
            wrong.forEach((how, token) -> assertThat(outreach.withToken(token).get("employers").status())
                    .as("%s, after the valid token was remembered", how).isEqualTo(401));
        }
        assertThat(outreach.withToken(good).get("me").expect(200).json().getString("username")).isEqualTo("cached");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws InterruptedException {
        long expires = Instant.now().getEpochSecond() + 3;
        String brief = outreach.tokens.changed("brief", SPECIALIST, c -> c.setExpirationTime(NumericDate.fromSeconds(expires)));

        outreach.withToken(brief).get("employers").expect(200);
        outreach.withToken(brief).get("employers").expect(200);
        Thread.sleep(Math.max(0, (expires + 1) * 1000 - System.currentTimeMillis()));

        outreach.withToken(brief).get("employers").problem(401);
        outreach.withToken(brief).get("employers").problem(401);
    }

    @Test
    void theDevSignInDoesNotExistOutsideDevMode() {
        outreach.anonymous().get("dev/users").problem(404);
        outreach.anonymous().post("dev/users/kari/token", jakarta.json.Json.createObjectBuilder().build()).problem(404);
    }

    @Test
    void aTokenThatIsNotValidYetIsRefusedBeyondTheClockSkew() {
        Tokens tokens = outreach.tokens;
        long now = Instant.now().getEpochSecond();

        var early = outreach.withToken(tokens.changed("early", SPECIALIST, c -> c.setNotBefore(NumericDate.fromSeconds(now + 3600))))
                .get("me").problem(401);
        var future = outreach.withToken(tokens.changed("future", SPECIALIST, c -> {
            c.setIssuedAt(NumericDate.fromSeconds(now + 3600));
            c.setExpirationTime(NumericDate.fromSeconds(now + 3 * 3600));
        }))
                .get("me").problem(401);

        assertThat(early.getString("detail")).contains("nbf");
        assertThat(future.getString("detail")).contains("iat");
        outreach.withToken(tokens.changed("skewed", SPECIALIST, c -> {
            c.setNotBefore(NumericDate.fromSeconds(now + 20));
            c.setIssuedAt(NumericDate.fromSeconds(now + 20));
        })).get("employers").expect(200);
    }

    @Test
    void aTokenWithNamesTooLongForTheRegisterIsRefusedWithAReason() {
        Tokens tokens = outreach.tokens;
        String longName = "u".repeat(101);

        var upn = outreach.withToken(tokens.changed(longName, SPECIALIST, c -> { })).get("me").problem(401);
        var name = outreach.withToken(tokens.changed("longname", SPECIALIST, c -> c.setClaim("name", "N".repeat(201))))
                .get("me").problem(401);
        var template = outreach.withToken(tokens.changed("#{7*7}", SPECIALIST, c -> { })).get("me").problem(401);

        assertThat(upn.getString("detail")).contains("upn");
        assertThat(name.getString("detail")).contains("name");
        assertThat(template.getString("detail")).contains("upn");
        outreach.withToken(tokens.changed("u".repeat(100), SPECIALIST, c -> c.setClaim("name", "N".repeat(200))))
                .get("me").expect(200);
    }

    @Test
    void aTokenWithoutAnOutreachRoleIsForbidden() {
        outreach.as("visitor", "guest").get("employers").problem(403);
    }

    @Test
    void anAdministratorDoesNotLogVisits() {
        Client admin = outreach.as("root", ADMIN);
        long employer = admin.post("employers", TestData.employer("Admin registered AS").build()).expect(201).id();

        admin.post("visits", TestData.visit(employer, TestData.daysAgo(1)).build()).problem(403);
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        Client anonymous = outreach.anonymous();

        assertThat(anonymous.get("/health/ready").expect(200).body()).contains("\"database\"").contains("UP");
        anonymous.get("/metrics").expect(200);
        String openapi = anonymous.get("/openapi").expect(200).body();
        assertThat(openapi).contains("/api/v1/employers/{id}:", "/api/v1/visits/{id}/revisions:",
                "/api/v1/employers/{employerId}/contacts:", "EmployerView:", "VisitRequest:", "bearer");
    }
}
