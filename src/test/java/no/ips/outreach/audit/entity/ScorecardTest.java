package no.ips.outreach.audit.entity;

import static no.ips.outreach.audit.entity.FidelityItem.CASELOAD;
import static no.ips.outreach.audit.entity.FidelityItem.COMMUNITY_BASED_SERVICES;
import static no.ips.outreach.audit.entity.FidelityItem.COMPETITIVE_JOBS;
import static no.ips.outreach.audit.entity.FidelityItem.DIVERSITY_OF_EMPLOYERS;
import static no.ips.outreach.audit.entity.FidelityItem.DIVERSITY_OF_JOB_TYPES;
import static no.ips.outreach.audit.entity.FidelityItem.FREQUENT_EMPLOYER_CONTACT;
import static no.ips.outreach.audit.entity.FidelityItem.INDIVIDUALIZED_JOB_SEARCH;
import static no.ips.outreach.audit.entity.FidelityItem.QUALITY_OF_EMPLOYER_CONTACT;
import static no.ips.outreach.audit.entity.FidelityItem.RAPID_JOB_SEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorecardTest {

    private static final IsoWeek W48 = new IsoWeek(2026, 48);
    private static final ReportPeriod WEEK = ReportPeriod.ofWeek(W48);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ReviewCoverage WEEKLY = ReviewCoverage.counted(1, 1, 0, true);
    private static final RapidJobSearch NO_ONE_REACHED = RapidJobSearch.counted(0, 0, 0, LocalDate.of(2026, 11, 29));

    private static Workload specialist(long id, String hours, long caseload, long jobSeekers) {
        return new Workload(id, "s" + id, "Specialist " + id, new BigDecimal(hours), caseload, jobSeekers);
    }

    private static OutreachTally faceToFace(long contacts) {
        return new OutreachTally(contacts, 0, 0, 0, 0, 0, contacts, new long[] {0, 0, 0, contacts, 0});
    }

    private static ReviewCoverage signedEveryWeek(long... specialists) {
        List<WeekReview> reviews = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (long specialist : specialists) {
            WeekReview review = new WeekReview(specialist, W48);
            review.signOff("leader", Instant.parse("2026-11-30T08:00:00Z"), 6, null, 7);
            reviews.add(review);
            ids.add(specialist);
        }
        return ReviewCoverage.of(ids, reviews, WEEK, TODAY);
    }

    private static ScorecardLine line(List<ScorecardLine> lines, FidelityItem item) {
        return lines.stream().filter(line -> line.item() == item).findFirst().orElseThrow();
    }

    private static ScorecardLine frequentContact(Workload workload, long faceToFace, ReviewCoverage review) {
        OutreachFigures figures = OutreachFigures.of(List.of(workload), faceToFace(faceToFace), null, WEEK);
        return line(Scorecard.of(figures, review, NO_ONE_REACHED, List.of()), FREQUENT_EMPLOYER_CONTACT);
    }

    private static List<JobStartFact> jobs(String[] occupations, long[] employers, int competitive) {
        List<JobStartFact> jobs = new ArrayList<>();
        for (int i = 0; i < occupations.length; i++) {
            jobs.add(new JobStartFact(occupations[i], employers[i], i < competitive));
        }
        return jobs;
    }

    /** Ten job starts in nine occupations at seven employers, seven of them competitive. */
    private static List<JobStartFact> tenJobs() {
        return jobs(new String[] {"5223", "5223", "4110", "9112", "7411", "3322", "2512", "5120", "8322", "4321"},
                new long[] {1, 1, 1, 2, 3, 4, 5, 6, 7, 7}, 7);
    }

    private static ParticipantJourney journey(long id, int daysToFirstContact) {
        LocalDate firstContact = LocalDate.of(2026, 11, 25);
        return new ParticipantJourney(id, "P" + id, "s1", firstContact.minusDays(daysToFirstContact),
                ParticipantStatus.JOB_SEARCH, firstContact);
    }

    @Test
    void theNineEmployerItemsAreScoredInOrderFromTheirRawInputs() {
        List<Workload> team = List.of(specialist(1, "37.5", 18, 5), specialist(2, "37.5", 22, 4));
        // 12 face to face, 3 phone, 1 video, 2 e-mail, 2 events; 18 of the 20 served preferences
        OutreachTally tally = new OutreachTally(12, 3, 1, 2, 2, 2925, 18, new long[] {0, 1, 2, 6, 3});
        OutreachFigures figures = OutreachFigures.of(team, tally, 9L, WEEK);
        ParticipantJourney waiting = new ParticipantJourney(9, "P9", "s2", LocalDate.of(2026, 11, 1),
                ParticipantStatus.ENGAGEMENT, null);
        RapidJobSearch rapid = RapidJobSearch.of(List.of(journey(1, 29), journey(2, 30), journey(3, 31),
                journey(4, 60), journey(5, 61), waiting), WEEK, TODAY);

        List<ScorecardLine> lines = Scorecard.of(figures, signedEveryWeek(1, 2), rapid, tenJobs());

        assertThat(lines).extracting(ScorecardLine::item).containsExactly(CASELOAD, RAPID_JOB_SEARCH,
                INDIVIDUALIZED_JOB_SEARCH, FREQUENT_EMPLOYER_CONTACT, QUALITY_OF_EMPLOYER_CONTACT,
                DIVERSITY_OF_JOB_TYPES, DIVERSITY_OF_EMPLOYERS, COMPETITIVE_JOBS, COMMUNITY_BASED_SERVICES);
        // caseload 40 / 2 = 20; 42.2 days; 18 / 20 = 90%; 12 / 2 = 6 a week, weekly review; median level 4;
        // 9 / 10 = 90%, 7 / 10 = 70%, 7 / 10 = 70%; 2925 / 4500 = 65%
        assertThat(lines).extracting(ScorecardLine::score).containsExactly(5, 4, 5, 5, 4, 5, 4, 2, 5);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.title()).isEqualTo(Messages.label(Language.EN, line.item()));
            assertThat(line.rule()).isNotBlank();
            assertThat(line.notScoredBecause()).isNull();
        });

        assertThat(lines.get(0).inputs()).containsExactly(entry("participantsNotClosed", 40L), entry("specialists", 2));
        assertThat(lines.get(1).inputs()).containsExactly(entry("participantsReachedInPeriod", 5L),
                entry("totalDays", 211L), entry("participantsStillWaiting", 1L));
        assertThat(lines.get(2).inputs()).containsExactly(entry("employerContacts", 20L),
                entry("contactsServingParticipantPreferences", 18L));
        assertThat(lines.get(3).inputs()).containsExactly(entry("faceToFaceContacts", 12L), entry("specialists", 2),
                entry("specialistWeeks", 2.0), entry("jobSeekers", 9L), entry("weeklyTarget", 6.0),
                entry("specialistsLeftOut", List.of()), entry("weeksDue", 2), entry("weeksReviewed", 2), entry("weeksChangedAfterReview", 0),
                entry("logReview", ContactLogReview.WEEKLY));
        assertThat(lines.get(4).inputs()).containsOnlyKeys("faceToFaceContactsByQualityLevel");
        assertThat((long[]) lines.get(4).inputs().get("faceToFaceContactsByQualityLevel"))
                .containsExactly(0, 1, 2, 6, 3);
        assertThat(lines.get(5).inputs()).containsExactly(entry("jobStarts", 10), entry("differentOccupations", 9L));
        assertThat(lines.get(6).inputs()).containsExactly(entry("jobStarts", 10), entry("differentEmployers", 7L));
        assertThat(lines.get(7).inputs()).containsExactly(entry("jobStarts", 10), entry("competitiveJobs", 7L));
        assertThat(lines.get(8).inputs()).containsExactly(entry("communityMinutes", 2925L),
                entry("scheduledMinutes", new BigDecimal("4500")));
        assertThat(lines.get(8).rule()).isEqualTo(
                "A share of at least 65% of scheduled time spent in the community scores 5; 65% is in that band.");
    }

    @Test
    void aSpecialistWithTwoJobSeekersMeetsTheTargetWithFourContactsAWeek() {
        Workload ada = specialist(1, "37.5", 6, 2);
        ScorecardLine line = frequentContact(ada, 4, signedEveryWeek(1));
        assertThat(line.score()).isEqualTo(5);
        assertThat(line.inputs()).contains(entry("weeklyTarget", 4.0), entry("jobSeekers", 2L),
                entry("logReview", ContactLogReview.WEEKLY));
        assertThat(frequentContact(ada, 3, signedEveryWeek(1)).score()).isEqualTo(2);
    }

    @Test
    void aSpecialistWithThreeJobSeekersNeedsSix() {
        Workload bo = specialist(2, "37.5", 6, 3);
        ScorecardLine line = frequentContact(bo, 4, signedEveryWeek(2));
        assertThat(line.score()).isEqualTo(3);
        assertThat(line.inputs()).contains(entry("weeklyTarget", 6.0), entry("jobSeekers", 3L));
        assertThat(frequentContact(bo, 6, signedEveryWeek(2)).score()).isEqualTo(5);
    }

    @Test
    void fiveContactsAWeekWithAWeeklyReviewScoreFourAndSixScoreFive() {
        Workload cato = specialist(3, "37.5", 18, 8);
        assertThat(frequentContact(cato, 5, WEEKLY).score()).isEqualTo(4);
        assertThat(frequentContact(cato, 6, WEEKLY).score()).isEqualTo(5);
    }

    @Test
    void withoutAWeeklyReviewSixContactsScoreOnlyThree() {
        Workload cato = specialist(3, "37.5", 18, 8);
        assertThat(frequentContact(cato, 6, ReviewCoverage.counted(4, 2, 1, true)).score()).isEqualTo(3);
        assertThat(frequentContact(cato, 6, ReviewCoverage.counted(4, 0, 0, false)).score()).isEqualTo(2);
    }

    @Test
    void frequentContactIsNotScoredWhenNoParticipantIsInJobSearch() {
        ScorecardLine line = frequentContact(specialist(4, "37.5", 5, 0), 6, WEEKLY);
        assertThat(line.score()).isNull();
        assertThat(line.rule()).isNull();
        assertThat(line.notScoredBecause())
                .isEqualTo("No specialist has a participant in job search, so the scale sets no contact target.");
        // the specialist without job seekers is left out, with their six contacts
        assertThat(line.inputs()).contains(entry("faceToFaceContacts", 0L), entry("specialists", 0),
                entry("jobSeekers", 0L), entry("specialistsLeftOut", List.of("s4")));
    }

    @Test
    void nineJobStartsAreTooFewToScoreTheJobItems() {
        List<JobStartFact> nine = tenJobs().subList(0, 9);
        OutreachFigures figures = OutreachFigures.of(List.of(specialist(1, "37.5", 18, 5)), faceToFace(6), null, WEEK);
        List<ScorecardLine> lines = Scorecard.of(figures, WEEKLY, NO_ONE_REACHED, nine);

        String reason = "Only 9 job starts in the period; the scale needs at least 10 to judge this item.";
        assertThat(List.of(line(lines, DIVERSITY_OF_JOB_TYPES), line(lines, DIVERSITY_OF_EMPLOYERS),
                line(lines, COMPETITIVE_JOBS))).allSatisfy(line -> {
                    assertThat(line.score()).isNull();
                    assertThat(line.notScoredBecause()).isEqualTo(reason);
                });
        // the first nine: 8 occupations, 7 employers, 7 competitive
        assertThat(line(lines, DIVERSITY_OF_JOB_TYPES).inputs())
                .containsExactly(entry("jobStarts", 9), entry("differentOccupations", 8L));
        assertThat(line(lines, DIVERSITY_OF_EMPLOYERS).inputs())
                .containsExactly(entry("jobStarts", 9), entry("differentEmployers", 7L));
        assertThat(line(lines, COMPETITIVE_JOBS).inputs())
                .containsExactly(entry("jobStarts", 9), entry("competitiveJobs", 7L));
    }

    @Test
    void tenJobStartsAreScored() {
        OutreachFigures figures = OutreachFigures.of(List.of(specialist(1, "37.5", 18, 5)), faceToFace(6), null, WEEK);
        List<ScorecardLine> lines = Scorecard.of(figures, WEEKLY, NO_ONE_REACHED, tenJobs());
        assertThat(line(lines, DIVERSITY_OF_JOB_TYPES).score()).isEqualTo(5);
        assertThat(line(lines, DIVERSITY_OF_EMPLOYERS).score()).isEqualTo(4);
        assertThat(line(lines, COMPETITIVE_JOBS).score()).isEqualTo(2);
        assertThat(line(lines, COMPETITIVE_JOBS).rule())
                .isEqualTo("A share of at least 65% and under 75% of jobs that are competitive scores 2; 70% is in "
                        + "that band.");
    }

    @ParameterizedTest
    @CsvSource({"780, 5", "779, 4", "768, 4", "600, 4", "599, 3", "480, 3", "479, 2", "361, 2", "360, 1", "0, 1"})
    void communityTimeIsAShareOfTheScheduledWeek(long communityMinutes, int score) {
        // 20 hours scheduled in one week: 1200 minutes, so 780 is 65%, 768 is 64% and 360 is 30%
        OutreachTally tally = new OutreachTally(0, 0, 0, 0, 0, communityMinutes, 0, new long[5]);
        OutreachFigures figures = OutreachFigures.of(List.of(specialist(1, "20", 10, 4)), tally, null, WEEK);
        ScorecardLine line = line(Scorecard.of(figures, WEEKLY, NO_ONE_REACHED, List.of()), COMMUNITY_BASED_SERVICES);
        assertThat(line.score()).isEqualTo(score);
        assertThat(line.inputs()).containsExactly(entry("communityMinutes", communityMinutes),
                entry("scheduledMinutes", new BigDecimal("1200")));
    }

    @Test
    void anEmptyScopeIsNotScoredRatherThanScoredLow() {
        OutreachFigures nobody = OutreachFigures.of(List.of(), OutreachTally.NONE, null, WEEK);
        List<ScorecardLine> lines = Scorecard.of(nobody, ReviewCoverage.counted(0, 0, 0, false), NO_ONE_REACHED,
                List.of());

        assertThat(lines).hasSize(9).allSatisfy(line -> {
            assertThat(line.score()).isNull();
            assertThat(line.notScoredBecause()).isNotBlank();
        });
        assertThat(line(lines, CASELOAD).notScoredBecause()).isEqualTo("There are no specialists in scope.");
        assertThat(line(lines, RAPID_JOB_SEARCH).notScoredBecause())
                .isEqualTo("No participant had their first face-to-face employer contact in the period.");
        assertThat(line(lines, FREQUENT_EMPLOYER_CONTACT).notScoredBecause())
                .isEqualTo("There are no specialists in scope.");
        assertThat(line(lines, COMMUNITY_BASED_SERVICES).notScoredBecause())
                .isEqualTo("No working time was scheduled in the period.");
    }
}
