package no.ips.outreach.platform.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {
    public static final String SPECIALIST = "specialist";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
