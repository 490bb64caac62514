package no.ips.outreach.platform.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {
    public static final String SPECIALIST = "specialist";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    /**
     * A machine client, the host case system: it may only write participants through the sync endpoints, and reads
     * nothing back beyond the outcome of what it wrote.
     */
    public static final String INTEGRATION = "integration";

    /** The roles of people; a token with none of them is a machine's. */
    public static final java.util.List<String> PEOPLE = java.util.List.of(SPECIALIST, MANAGER, ADMIN);

    private Roles() {
    }
}
