package no.ips.outreach.occupations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.ips.outreach.platform.language.Language;

/** One ISCO-08 group. The hierarchy is the code prefix: 5223 is in 522, in 52, in 5. */
@Entity
@Table(name = "occupation")
public class Occupation {

    @Id
    private String code;

    @Column(name = "group_level", nullable = false)
    private int depth;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_no")
    private String titleNo;

    @Column(name = "title_da")
    private String titleDa;

    protected Occupation() {
    }

    public String code() {
        return code;
    }

    public OccupationLevel level() {
        return OccupationLevel.ofDepth(depth);
    }

    public String titleEn() {
        return titleEn;
    }

    public String titleNo() {
        return titleNo;
    }

    /** The Danish (DISCO-08) title where known. */
    public String titleDa() {
        return titleDa;
    }

    /** The title in this language where the national classification has one, else the English (ISCO-08) one. */
    public String title(Language language) {
        String national = switch (language) {
            case NB -> titleNo;
            case DA -> titleDa;
            case EN -> null;
        };
        return national != null ? national : titleEn;
    }

    /** The code of the group this one belongs to, or null for a major group. */
    public String parentCode() {
        return code.length() == 1 ? null : code.substring(0, code.length() - 1);
    }

    public boolean isUnitGroup() {
        return level() == OccupationLevel.UNIT;
    }
}
