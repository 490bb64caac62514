package no.ips.outreach.occupations.boundary;

import java.util.List;
import no.ips.outreach.occupations.entity.Occupation;
import no.ips.outreach.occupations.entity.OccupationLevel;
import no.ips.outreach.platform.language.RequestLanguage;

/** One group with where it sits: {@code path} runs from its major group down to its parent; {@code children} are one level below. */
public record OccupationDetail(String code, OccupationLevel level, String title, String titleEn, String titleNo, String titleDa,
                               String parentCode, List<OccupationView> path, List<OccupationView> children) {

    static OccupationDetail of(Occupation occupation, List<Occupation> ancestors, List<Occupation> children) {
        return new OccupationDetail(occupation.code(), occupation.level(), occupation.title(RequestLanguage.current()),
                occupation.titleEn(), occupation.titleNo(), occupation.titleDa(), occupation.parentCode(),
                ancestors.stream().map(OccupationView::of).toList(), children.stream().map(OccupationView::of).toList());
    }
}
