package no.ips.outreach.platform.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * How the organisation's tokens name a user: which claim holds the user name, the display name and the team, and
 * which values of the groups claim mean which role (Entra ID, say, sends group object ids). The defaults read the
 * service's own claims ({@code upn}, {@code name}, {@code team}, {@code groups} holding the role names), so a token
 * that already speaks Outreach needs no configuration. A group value mapped to no role gives none: a literal
 * {@code admin} in the groups claim counts only while {@code admin} is among the admin role's values.
 */
public record ClaimMapping(List<String> usernameClaims, String displayNameClaim, String teamClaim, String groupsClaim,
                           Map<String, Set<String>> groupsByRole) {

    public static final String PREFIX = "outreach.auth.";
    /** Every role a group may map to, people's and the machine's. */
    public static final List<String> ROLES = List.of(Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATION);

    public ClaimMapping {
        usernameClaims = List.copyOf(usernameClaims);
        groupsByRole = Map.copyOf(groupsByRole);
    }

    /** The service's own claims: what the defaults of the configuration keys say. */
    public static ClaimMapping defaults() {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        ROLES.forEach(role -> roles.put(role, Set.of(role)));
        return new ClaimMapping(List.of("upn", "preferred_username", "sub"), "name", "team", "groups", roles);
    }

    public static ClaimMapping from(Config config) {
        ClaimMapping defaults = defaults();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        ROLES.forEach(role -> roles.put(role, config.getOptionalValue(PREFIX + "roles." + role, String.class)
                .map(ClaimMapping::values).orElse(defaults.groupsByRole().get(role))));
        return new ClaimMapping(
                config.getOptionalValue(PREFIX + "claim.username", String.class).map(value -> List.copyOf(values(value)))
                        .orElse(defaults.usernameClaims()),
                config.getOptionalValue(PREFIX + "claim.display-name", String.class).orElse(defaults.displayNameClaim()),
                config.getOptionalValue(PREFIX + "claim.team", String.class).orElse(defaults.teamClaim()),
                config.getOptionalValue(PREFIX + "claim.groups", String.class).orElse(defaults.groupsClaim()),
                roles);
    }

    /** The first of the user name claims that the token carries as text. */
    public Optional<String> username(Function<String, Object> claims) {
        return usernameClaims.stream().map(name -> text(claims.apply(name))).flatMap(Optional::stream).findFirst();
    }

    public Optional<String> displayName(Function<String, Object> claims) {
        return text(claims.apply(displayNameClaim));
    }

    public Optional<String> team(Function<String, Object> claims) {
        return text(claims.apply(teamClaim));
    }

    /** The roles the token's group values are mapped to, in the order of {@link #ROLES}. */
    public Set<String> roles(Function<String, Object> claims) {
        Set<String> groups = groupValues(claims.apply(groupsClaim));
        Set<String> roles = new LinkedHashSet<>();
        ROLES.forEach(role -> {
            if (groupsByRole.getOrDefault(role, Set.of()).stream().anyMatch(groups::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static Set<String> values(String commaSeparated) {
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(value -> !value.isEmpty()).forEach(values::add);
        return values;
    }

    /** A groups claim is a list of texts (a JSON array, or a collection from a parsed token), or one text. */
    private static Set<String> groupValues(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> text(value).ifPresent(values::add));
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> text(value).ifPresent(values::add));
        } else {
            text(claim).ifPresent(values::add);
        }
        return values;
    }

    private static Optional<String> text(Object claim) {
        Object value = claim instanceof JsonString json ? json.getString() : claim;
        if (value instanceof JsonValue) {
            return Optional.empty();
        }
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }
}
