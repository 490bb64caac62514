package no.ips.outreach.occupations.entity;

/** The four levels of ISCO-08; a code's length is its level. */
public enum OccupationLevel {
    MAJOR, SUB_MAJOR, MINOR, UNIT;

    public static OccupationLevel ofDepth(int depth) {
        return values()[depth - 1];
    }

    public int depth() {
        return ordinal() + 1;
    }
}
