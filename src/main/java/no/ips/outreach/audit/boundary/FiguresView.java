package no.ips.outreach.audit.boundary;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import no.ips.outreach.audit.entity.CommunityOutliers;
import no.ips.outreach.audit.entity.FidelityItem;
import no.ips.outreach.audit.entity.FidelityScale;
import no.ips.outreach.audit.entity.OutreachFigures;
import no.ips.outreach.visits.entity.ContactQuality;

/**
 * Outreach figures as the API shows them: counts and scheduled minutes exact; ratios with one decimal, or more where
 * one decimal would put the shown figure in another band of the fidelity scale than the exact one (64.98 % is shown
 * as 64.98, not 65.0). A ratio of nothing (no contacts, no scheduled time) is left out rather than shown as 0. A
 * report's totals show beside the time in the community the longest visits and days it is made of
 * ({@code communityOutliers}); other figures leave them out.
 *
 * @param faceToFacePerSpecialistWeek the frequent-contact figure as scored: contacts per working week of the
 *                                    specialists with job seekers; those without are left out of it and of
 *                                    {@code weeklyTarget}, and counted in {@code specialistsLeftOutOfContactRate}
 */
public record FiguresView(
        long faceToFaceContacts,
        Long employersMetFaceToFace,
        Double faceToFacePerSpecialistWeek,
        Double weeklyTarget,
        int specialistsLeftOutOfContactRate,
        OtherContacts otherContacts,
        long employerContacts,
        long contactsServingPreferences,
        Double individualizedPercent,
        long communityMinutes,
        BigDecimal scheduledMinutes,
        Double communityPercent,
        CommunityOutliersView communityOutliers,
        List<QualityCount> faceToFaceByQuality,
        long caseload,
        Double caseloadPerSpecialist,
        long jobSeekers) {

    /** Logged too, but not face-to-face contacts: the scale does not count them. */
    public record OtherContacts(long phone, long video, long email, long event) {
    }

    public record QualityCount(int level, ContactQuality quality, long contacts) {
    }

    static FiguresView of(OutreachFigures f) {
        return of(f, null);
    }

    /** With the longest visits and days behind the community time, where the report has them. */
    static FiguresView of(OutreachFigures f, CommunityOutliers outliers) {
        var t = f.tally();
        var frequent = f.frequentContact();
        long[] levels = t.qualityLevels();
        List<QualityCount> quality = Arrays.stream(ContactQuality.values())
                .map(q -> new QualityCount(q.level(), q, levels[q.level() - 1])).toList();
        double target = frequent.weeklyTarget() == null ? 0 : frequent.weeklyTarget();
        return new FiguresView(t.faceToFace(), f.distinctEmployers(),
                shown(FidelityItem.FREQUENT_EMPLOYER_CONTACT, frequent.perSpecialistWeek(), target),
                round(frequent.weeklyTarget()), frequent.leftOut().size(),
                new OtherContacts(t.phone(), t.video(), t.email(), t.event()), t.contacts(),
                t.individualized(), shown(FidelityItem.INDIVIDUALIZED_JOB_SEARCH, f.individualizedPercent(), 0),
                t.communityMinutes(), f.exactScheduledMinutes(),
                shown(FidelityItem.COMMUNITY_BASED_SERVICES, f.communityPercent(), 0), CommunityOutliersView.of(outliers), quality, f.caseload(),
                shown(FidelityItem.CASELOAD, f.caseloadPerSpecialist(), 0), f.jobSeekers());
    }

    /** One decimal, or as many more as keep the shown figure in the band of the exact one. */
    static Double shown(FidelityItem item, Double value, double target) {
        return value == null ? null : FidelityScale.shown(item, value, target, 1).doubleValue();
    }

    /** A target such as 4.666… (the average of 6, 6 and 2) to two decimals: it is no figure that is banded. */
    static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
