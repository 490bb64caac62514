package no.ips.outreach.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ClaimMappingTest {

    private static final String SPECIALISTS = "6f1d2a0e-1111-4c3b-9a51-000000000001";
    private static final String MANAGERS = "6f1d2a0e-2222-4c3b-9a51-000000000002";
    private static final String ADMINS = "6f1d2a0e-3333-4c3b-9a51-000000000003";

    private static ClaimMapping entra() {
        return ClaimMapping.from(config(Map.of(
                "outreach.auth.claim.username", "NAVident, preferred_username",
                "outreach.auth.claim.display-name", "name",
                "outreach.auth.claim.team", "office",
                "outreach.auth.claim.groups", "groups",
                "outreach.auth.roles.specialist", SPECIALISTS,
                "outreach.auth.roles.manager", MANAGERS + ", " + ADMINS,
                "outreach.auth.roles.admin", ADMINS)));
    }

    @Test
    void groupIdsMapToTheRolesConfiguredForThem() {
        Map<String, Object> claims = Map.of("groups", List.of("unrelated", SPECIALISTS));
        assertThat(entra().roles(claims::get)).containsExactly(Roles.SPECIALIST);

        Map<String, Object> admin = Map.of("groups", Json.createArrayBuilder().add(ADMINS).build());
        assertThat(entra().roles(admin::get)).containsExactly(Roles.MANAGER, Roles.ADMIN);
    }

    @Test
    void aGroupMappedToNoRoleGivesNoneEvenWhenItIsNamedLikeARole() {
        Map<String, Object> claims = Map.of("groups", List.of("admin", "specialist", "some-other-group"));
        assertThat(entra().roles(claims::get)).isEmpty();
    }

    @Test
    void noGroupsClaimMeansNoRoles() {
        assertThat(entra().roles(Map.<String, Object>of()::get)).isEmpty();
    }

    @Test
    void aSingleGroupAsTextCounts() {
        Map<String, Object> claims = Map.of("groups", Json.createValue(MANAGERS));
        assertThat(entra().roles(claims::get)).containsExactly(Roles.MANAGER);
    }

    @Test
    void theUserNameIsTheFirstConfiguredClaimTheTokenCarries() {
        Map<String, Object> both = Map.of("NAVident", "Z990123", "preferred_username", "kari@nav.no");
        assertThat(entra().username(both::get)).contains("Z990123");
        Map<String, Object> fallback = Map.of("preferred_username", "kari@nav.no", "sub", "abc");
        assertThat(entra().username(fallback::get)).contains("kari@nav.no");
        assertThat(entra().username(Map.<String, Object>of("sub", "abc")::get)).isEmpty();
    }

    @Test
    void theDisplayNameAndTeamComeFromTheirConfiguredClaims() {
        Map<String, Object> claims = Map.of("name", Json.createValue("Kari Nordmo"), "office", "nav-bodo", "team", "ignored");
        assertThat(entra().displayName(claims::get)).contains("Kari Nordmo");
        assertThat(entra().team(claims::get)).contains("nav-bodo");
        assertThat(entra().team(Map.<String, Object>of("office", " ")::get)).isEmpty();
    }

    @Test
    void theDefaultsReadTheServicesOwnClaimsAsToday() {
        ClaimMapping defaults = ClaimMapping.from(config(Map.of()));
        assertThat(defaults).isEqualTo(ClaimMapping.defaults());
        Map<String, Object> claims = Map.of("upn", "kari", "sub", "x-1", "name", "Kari", "team", "nav-bodo",
                "groups", List.of("specialist", "integration"));
        assertThat(defaults.username(claims::get)).contains("kari");
        assertThat(defaults.roles(claims::get)).containsExactly(Roles.SPECIALIST, Roles.INTEGRATION);
        assertThat(defaults.username(Map.<String, Object>of("preferred_username", "ola", "sub", "x")::get)).contains("ola");
    }

    @Test
    void theMachineRoleIsMappedLikeTheOthers() {
        ClaimMapping mapping = ClaimMapping.from(config(Map.of("outreach.auth.roles.integration", "app-role-host-sync")));
        Map<String, Object> claims = Map.of("groups", List.of("app-role-host-sync"));
        assertThat(mapping.roles(claims::get)).isEqualTo(Set.of(Roles.INTEGRATION));
    }

    private static Config config(Map<String, String> values) {
        return new MapConfig(values);
    }
}
