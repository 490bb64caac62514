package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void theDevSignInDoesNotExistOutsideDevMode() {
        outreach.anonymous().get("dev/users").problem(404);
        outreach.anonymous().post("dev/users/kari/token", jakarta.json.Json.createObjectBuilder().build()).problem(404);
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
