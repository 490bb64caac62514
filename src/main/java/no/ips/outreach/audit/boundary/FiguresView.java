package no.ips.outreach.audit.boundary;

import java.util.Arrays;
import java.util.List;
import no.ips.outreach.audit.entity.CommunityOutliers;
import no.ips.outreach.audit.entity.OutreachFigures;
import no.ips.outreach.visits.entity.ContactQuality;

/**
 * Outreach figures as the API shows them: counts exact, ratios rounded to one decimal. A ratio of nothing (no
 * contacts, no scheduled time) is left out rather than shown as 0. A report's totals show beside the time in the
 * community the longest visits and days it is made of ({@code communityOutliers}); other figures leave them out.
 */
public record FiguresView(
        long faceToFaceContacts,
        Long employersMetFaceToFace,
        double faceToFacePerSpecialistWeek,
        double weeklyTarget,
        OtherContacts otherContacts,
        long employerContacts,
        long contactsServingPreferences,
        Double individualizedPercent,
        long communityMinutes,
        long scheduledMinutes,
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
        long[] levels = t.qualityLevels();
        List<QualityCount> quality = Arrays.stream(ContactQuality.values())
                .map(q -> new QualityCount(q.level(), q, levels[q.level() - 1])).toList();
        return new FiguresView(t.faceToFace(), f.distinctEmployers(), round(f.faceToFacePerSpecialistWeek()),
                round(f.weeklyTarget()), new OtherContacts(t.phone(), t.video(), t.email(), t.event()), t.contacts(),
                t.individualized(), round(f.individualizedPercent()), t.communityMinutes(),
                Math.round(f.scheduledMinutes()), round(f.communityPercent()), CommunityOutliersView.of(outliers), quality, f.caseload(),
                round(f.caseloadPerSpecialist()), f.jobSeekers());
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
