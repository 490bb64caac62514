package no.ips.outreach.occupations.boundary;

import no.ips.outreach.occupations.entity.Occupation;
import no.ips.outreach.occupations.entity.OccupationLevel;
import no.ips.outreach.platform.language.RequestLanguage;

/**
 * One ISCO-08 group as a picker shows it: {@code title} is in the caller's language where the national classification
 * (STYRK-08, DISCO-08) has one, else English; the three titles follow.
 */
public record OccupationView(String code, OccupationLevel level, String title, String titleEn, String titleNo, String titleDa,
                             String parentCode) {

    static OccupationView of(Occupation occupation) {
        return new OccupationView(occupation.code(), occupation.level(), occupation.title(RequestLanguage.current()),
                occupation.titleEn(), occupation.titleNo(), occupation.titleDa(), occupation.parentCode());
    }
}
