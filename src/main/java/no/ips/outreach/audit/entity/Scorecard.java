package no.ips.outreach.audit.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.platform.language.Messages;

/** The employer-related IPS-25 items for a specialist, a team or the country, scored from their inputs. */
public final class Scorecard {

    private Scorecard() {
    }

    public static List<ScorecardLine> of(OutreachFigures outreach, ReviewCoverage review, RapidJobSearch rapid,
                                         List<JobStartFact> jobs) {
        List<ScorecardLine> lines = new ArrayList<>();
        lines.add(caseload(outreach));
        lines.add(rapidJobSearch(rapid));
        lines.add(individualized(outreach));
        lines.add(frequentContact(outreach, review));
        lines.add(ScorecardLine.of(FidelityScale.qualityOfEmployerContact(outreach.tally().qualityLevels()),
                inputs("faceToFaceContactsByQualityLevel", outreach.tally().qualityLevels())));
        lines.addAll(jobItems(jobs));
        lines.add(community(outreach));
        return lines;
    }

    private static ScorecardLine caseload(OutreachFigures outreach) {
        Map<String, Object> inputs = inputs("participantsNotClosed", outreach.caseload(), "specialists", outreach.specialists());
        return outreach.caseloadPerSpecialist() == null
                ? ScorecardLine.of(ItemScore.notScored(FidelityItem.CASELOAD, Messages.get("fidelity.no-specialists")), inputs)
                : ScorecardLine.of(FidelityScale.caseload(outreach.caseloadPerSpecialist()), inputs);
    }

    private static ScorecardLine rapidJobSearch(RapidJobSearch rapid) {
        Map<String, Object> inputs = inputs("participantsReachedInPeriod", rapid.reachedCount(),
                "totalDays", rapid.totalDays(), "participantsStillWaiting", rapid.waitingCount());
        return rapid.averageDays() == null
                ? ScorecardLine.of(ItemScore.notScored(FidelityItem.RAPID_JOB_SEARCH,
                        Messages.get("fidelity.rapid.none")), inputs)
                : ScorecardLine.of(FidelityScale.rapidJobSearch(rapid.averageDays()), inputs);
    }

    private static ScorecardLine individualized(OutreachFigures outreach) {
        Map<String, Object> inputs = inputs("employerContacts", outreach.tally().contacts(),
                "contactsServingParticipantPreferences", outreach.tally().individualized());
        return outreach.individualizedPercent() == null
                ? ScorecardLine.of(ItemScore.notScored(FidelityItem.INDIVIDUALIZED_JOB_SEARCH,
                        Messages.get("fidelity.individualized.none")), inputs)
                : ScorecardLine.of(FidelityScale.individualizedJobSearch(outreach.individualizedPercent()), inputs);
    }

    /** Specialists without job seekers are left out of the contacts, the specialist-weeks and the target alike. */
    private static ScorecardLine frequentContact(OutreachFigures outreach, ReviewCoverage review) {
        FrequentContact frequent = outreach.frequentContact();
        Map<String, Object> inputs = inputs("faceToFaceContacts", frequent.faceToFace(),
                "specialists", frequent.specialists(), "specialistWeeks", frequent.specialistWeeks(),
                "jobSeekers", outreach.jobSeekers(), "weeklyTarget", frequent.weeklyTarget(),
                "specialistsLeftOut", frequent.leftOut().stream().map(FrequentContact.LeftOut::username).toList(),
                "weeksDue", review.weeksDue(), "weeksReviewed", review.weeksReviewed(),
                "weeksChangedAfterReview", review.weeksChanged(), "logReview", review.level());
        if (outreach.specialists() == 0) {
            return ScorecardLine.of(ItemScore.notScored(FidelityItem.FREQUENT_EMPLOYER_CONTACT,
                    Messages.get("fidelity.no-specialists")), inputs);
        }
        if (frequent.specialists() == 0) {
            return ScorecardLine.of(ItemScore.notScored(FidelityItem.FREQUENT_EMPLOYER_CONTACT,
                    Messages.get("fidelity.frequent.no-job-seekers")), inputs);
        }
        if (frequent.perSpecialistWeek() == null) {
            return ScorecardLine.of(ItemScore.notScored(FidelityItem.FREQUENT_EMPLOYER_CONTACT,
                    Messages.get("fidelity.no-working-days")), inputs);
        }
        return ScorecardLine.of(FidelityScale.frequentEmployerContact(frequent.perSpecialistWeek(),
                frequent.weeklyTarget(), review.level()), inputs);
    }

    private static List<ScorecardLine> jobItems(List<JobStartFact> jobs) {
        long occupations = jobs.stream().map(JobStartFact::iscoCode).distinct().count();
        long employers = jobs.stream().map(JobStartFact::employerId).distinct().count();
        long competitive = jobs.stream().filter(JobStartFact::competitive).count();
        List<ItemScore> scores = FidelityScale.jobItems(jobs.size(), occupations, employers, competitive);
        return List.of(
                ScorecardLine.of(scores.get(0), inputs("jobStarts", jobs.size(), "differentOccupations", occupations)),
                ScorecardLine.of(scores.get(1), inputs("jobStarts", jobs.size(), "differentEmployers", employers)),
                ScorecardLine.of(scores.get(2), inputs("jobStarts", jobs.size(), "competitiveJobs", competitive)));
    }

    private static ScorecardLine community(OutreachFigures outreach) {
        Map<String, Object> inputs = inputs("communityMinutes", outreach.tally().communityMinutes(),
                "scheduledMinutes", outreach.exactScheduledMinutes());
        return outreach.communityPercent() == null
                ? ScorecardLine.of(ItemScore.notScored(FidelityItem.COMMUNITY_BASED_SERVICES,
                        Messages.get("fidelity.community.none")), inputs)
                : ScorecardLine.of(FidelityScale.communityBasedServices(outreach.communityPercent()), inputs);
    }

    private static Map<String, Object> inputs(Object... namesAndValues) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            inputs.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return inputs;
    }
}
