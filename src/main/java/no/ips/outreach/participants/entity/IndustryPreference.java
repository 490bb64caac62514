package no.ips.outreach.participants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A NACE code prefix a participant wants to work in, or wants to avoid. */
@Embeddable
public class IndustryPreference {

    @Column(name = "nace_prefix", nullable = false)
    private String nacePrefix;

    @Column(name = "wanted", nullable = false)
    private boolean wanted;

    protected IndustryPreference() {
    }

    IndustryPreference(String nacePrefix, boolean wanted) {
        this.nacePrefix = nacePrefix;
        this.wanted = wanted;
    }

    String nacePrefix() {
        return nacePrefix;
    }

    boolean wanted() {
        return wanted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndustryPreference that && nacePrefix.equals(that.nacePrefix) && wanted == that.wanted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nacePrefix, wanted);
    }
}
