package no.ips.outreach.occupations.boundary;

import no.ips.outreach.occupations.entity.Occupation;
import no.ips.outreach.occupations.entity.OccupationLevel;

/** One ISCO-08 group as a picker shows it: {@code title} is the Norwegian title where known, else the English one. */
public record OccupationView(String code, OccupationLevel level, String title, String titleEn, String titleNo, String parentCode) {

    static OccupationView of(Occupation occupation) {
        return new OccupationView(occupation.code(), occupation.level(), occupation.title(), occupation.titleEn(),
                occupation.titleNo(), occupation.parentCode());
    }
}
