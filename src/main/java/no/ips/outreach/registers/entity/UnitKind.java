package no.ips.outreach.registers.entity;

/** What a register unit is, and so which register and country it belongs to. */
public enum UnitKind {
    /** Enhetsregisteret's legal unit (hovedenhet): a local unit's parent. */
    ENHET("NO"),
    /** Enhetsregisteret's local unit (underenhet, bedrift): the workplace a specialist visits. */
    UNDERENHET("NO"),
    /** CVR's production unit (produktionsenhed), identified by its P-number. */
    P_UNIT("DK");

    private final String country;

    UnitKind(String country) {
        this.country = country;
    }

    public String country() {
        return country;
    }
}
