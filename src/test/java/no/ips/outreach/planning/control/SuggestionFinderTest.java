package no.ips.outreach.planning.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.jobstarts.entity.JobStart;
import no.ips.outreach.jobstarts.entity.JobStartTerms;
import no.ips.outreach.matching.control.EmployerToApproach;
import no.ips.outreach.matching.control.IndexedOpening;
import no.ips.outreach.matching.control.Matching;
import no.ips.outreach.matching.control.RankedOpening;
import no.ips.outreach.matching.decisions.entity.MatchDecision;
import no.ips.outreach.matching.decisions.entity.MatchStage;
import no.ips.outreach.matching.entity.Match;
import no.ips.outreach.matching.entity.OpeningProfile;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.Openings;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantProfile;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.planning.entity.SuggestionCause;
import no.ips.outreach.planning.entity.SuggestionReason;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each reason to visit an employer, found by the finder's own queries on constructed data on both databases. Matching
 * itself is tested elsewhere; here it answers as configured per participant, so that each case is plain.
 */
class SuggestionFinderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final IsoWeek WEEK = IsoWeek.parse("week", "2026-W48");

    private EntityManagerFactory emf;
    private EntityManager em;
    private SuggestionFinder finder;
    private Specialist kari;
    private Specialist ola;
    /** Per participant: the employer of their best suitable opening, or the employers matching says to approach. */
    private final Map<Long, Employer> bestOpeningAt = new HashMap<>();
    private final Map<Long, List<Employer>> approach = new HashMap<>();

    /** Answers for the participants the test configures; the rest have no suitable opening and nothing to approach. */
    private final class ConfiguredMatching extends Matching {

        @Override
        public Map<Long, RankedOpening> bestOpenings(Set<Long> participantIds) {
            Map<Long, RankedOpening> best = new HashMap<>();
            participantIds.stream().filter(bestOpeningAt::containsKey).forEach(id -> {
                Employer at = bestOpeningAt.get(id);
                best.put(id, new RankedOpening(new IndexedOpening(new OpeningProfile(1, at.id(), "5120", at.naceCode(), null,
                        Set.of(), null, null, null, false, Set.of()), "Cook", at.name(), null), new Match(72, List.of(), null), 3.0));
            });
            return best;
        }

        @Override
        public Map<Long, List<EmployerToApproach>> employersFor(Set<Long> participantIds, int limit) {
            Map<Long, List<EmployerToApproach>> found = new HashMap<>();
            participantIds.stream().filter(approach::containsKey).forEach(id -> found.put(id, approach.get(id).stream()
                    .map(employer -> new EmployerToApproach(employer, 60, List.of("in an industry they want"),
                            RelationshipStage.PROSPECT, 2.0, null, null)).toList()));
            return found;
        }
    }

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        finder = new SuggestionFinder();
        finder.em = em;
        finder.matching = new ConfiguredMatching();
        finder.followAlongFirstMonthDays = 7;
        finder.followAlongAfterDays = 30;
        finder.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Tx.run(em, () -> {
            Team team = new Team("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", NOW);
            em.persist(team);
            kari = new Specialist("kari", "Kari Nordmo", team, NOW);
            ola = new Specialist("ola", "Ola Berg", team, NOW);
            em.persist(kari);
            em.persist(ola);
        });
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private Employer employer(String name) {
        Employer employer = TestEmployers.named(name).build(NOW);
        Tx.run(em, () -> em.persist(employer));
        return employer;
    }

    private Participant participant(String alias, LocalDate enrolled, ParticipantStatus status) {
        Participant participant = new Participant(kari, new ParticipantProfile("HOST-" + alias, alias, Program.IPS, null,
                enrolled, status, Disclosure.GENERAL, null), NOW);
        Tx.run(em, () -> em.persist(participant));
        return participant;
    }

    private void firstFaceToFace(Participant participant, LocalDate on) {
        Tx.run(em, () -> em.createNativeQuery("UPDATE participant SET first_face_to_face_on = ?1 WHERE id = ?2")
                .setParameter(1, on).setParameter(2, participant.id()).executeUpdate());
    }

    private Visit visit(String specialist, Employer employer, String startedAt, VisitMode mode, String nextStep,
                        LocalDate nextStepDue, Participant... forWhom) {
        Set<ParticipantLink> links = new java.util.HashSet<>();
        for (Participant participant : forWhom) {
            links.add(new ParticipantLink(participant.id(), Disclosure.NONE));
        }
        Visit visit = new Visit(specialist, new VisitDetails(employer.id(), null, Instant.parse(startedAt), 45, 15, mode,
                forWhom.length == 0 ? VisitPurpose.GENERAL_JOB_DEVELOPMENT : VisitPurpose.PARTICIPANT_JOB_DEVELOPMENT,
                ContactQuality.DESCRIBES_STRENGTHS, null, null, nextStep, nextStepDue, links), NOW);
        Tx.run(em, () -> em.persist(visit));
        return visit;
    }

    private List<SuggestionCause> causes(SuggestionReason reason) {
        em.clear();
        return Tx.call(em, () -> finder.causes(em.find(Specialist.class, kari.id()), WEEK, TODAY)).stream()
                .filter(cause -> cause.reason() == reason).toList();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aNextStepDueThisWeekIsAFollowUpUnlessALaterVisitTookIt(Databases database) {
        open(database, "suggest_follow_up");
        Employer cafe = employer("Kafé Lyst");
        Employer mill = employer("Mølla");
        Participant ada = participant("AH", LocalDate.of(2026, 9, 1), ParticipantStatus.JOB_SEARCH);
        visit("kari", cafe, "2026-11-10T09:00:00Z", VisitMode.IN_PERSON, "Bring Ada's CV", LocalDate.of(2026, 11, 25), ada);
        visit("kari", mill, "2026-11-02T09:00:00Z", VisitMode.IN_PERSON, "Call the manager", LocalDate.of(2026, 11, 20));
        visit("kari", mill, "2026-11-18T09:00:00Z", VisitMode.PHONE, null, null);
        visit("ola", cafe, "2026-11-12T09:00:00Z", VisitMode.IN_PERSON, "Ola's own step", LocalDate.of(2026, 11, 24));

        var followUps = causes(SuggestionReason.FOLLOW_UP_DUE);

        assertThat(followUps).singleElement().satisfies(cause -> {
            assertThat(cause.employerId()).isEqualTo(cafe.id());
            assertThat(cause.due()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(cause.explanation()).contains("Bring Ada's CV");
            assertThat(cause.participantIds()).containsExactly(ada.id());
        });
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aParticipantInterestedInAnOpeningWaitsForAnIntroductionToItsEmployer(Databases database) {
        open(database, "suggest_introduction");
        Employer bakery = employer("Bakeriet Nord");
        Participant ada = participant("AH", LocalDate.of(2026, 9, 1), ParticipantStatus.JOB_SEARCH);
        JobOpening opening = new JobOpening("kari", Openings.cook(bakery.id()), NOW);
        Tx.run(em, () -> em.persist(opening));
        MatchDecision interested = new MatchDecision(ada.id(), opening.id(), "kari", "Wants kitchen work", NOW);
        MatchDecision introduced = new MatchDecision(participant("BB", LocalDate.of(2026, 9, 1),
                ParticipantStatus.JOB_SEARCH).id(), opening.id(), "kari", null, NOW);
        Tx.run(em, () -> {
            em.persist(interested);
            em.persist(introduced);
            interested.moveTo(MatchStage.INTERESTED, "kari", "said yes", NOW);
            introduced.moveTo(MatchStage.INTERESTED, "kari", null, NOW);
            introduced.moveTo(MatchStage.INTRODUCED, "kari", null, NOW);
        });

        assertThat(causes(SuggestionReason.INTRODUCTION_PENDING)).singleElement().satisfies(cause -> {
            assertThat(cause.employerId()).isEqualTo(bakery.id());
            assertThat(cause.participantIds()).containsExactly(ada.id());
        });
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aFirstEmployerContactIsSuggestedAsTheThirtyDayDeadlineApproaches(Databases database) {
        open(database, "suggest_first_contact");
        Employer shop = employer("Butikken");
        Participant soon = participant("SO", LocalDate.of(2026, 11, 5), ParticipantStatus.JOB_SEARCH);
        Participant fresh = participant("FR", LocalDate.of(2026, 11, 20), ParticipantStatus.JOB_SEARCH);
        Participant met = participant("ME", LocalDate.of(2026, 11, 5), ParticipantStatus.JOB_SEARCH);
        firstFaceToFace(met, LocalDate.of(2026, 11, 19));
        visit("kari", shop, "2026-11-19T09:00:00Z", VisitMode.IN_PERSON, null, null, met);
        bestOpeningAt.put(soon.id(), shop);
        bestOpeningAt.put(fresh.id(), shop);
        bestOpeningAt.put(met.id(), shop);

        assertThat(causes(SuggestionReason.FIRST_CONTACT_DUE)).singleElement().satisfies(cause -> {
            assertThat(cause.employerId()).isEqualTo(shop.id());
            assertThat(cause.participantIds()).containsExactly(soon.id());
            assertThat(cause.due()).isEqualTo(LocalDate.of(2026, 12, 5));
            assertThat(cause.explanation()).contains("12 days left").contains("\"Cook\"");
        });
        assertThat(causes(SuggestionReason.JOB_SEARCH_STALLED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aStalledSearchWithoutASuitableOpeningIsSentToEmployersToApproach(Databases database) {
        open(database, "suggest_stalled");
        Employer shop = employer("Butikken");
        Employer garage = employer("Verkstedet");
        Employer kiosk = employer("Kiosken");
        Participant stalled = participant("ST", LocalDate.of(2026, 8, 1), ParticipantStatus.JOB_SEARCH);
        firstFaceToFace(stalled, LocalDate.of(2026, 8, 20));
        visit("kari", shop, "2026-11-01T09:00:00Z", VisitMode.IN_PERSON, null, null, stalled);
        Participant busy = participant("BU", LocalDate.of(2026, 8, 1), ParticipantStatus.JOB_SEARCH);
        firstFaceToFace(busy, LocalDate.of(2026, 8, 20));
        visit("kari", shop, "2026-11-20T09:00:00Z", VisitMode.PHONE, null, null, busy);
        approach.put(stalled.id(), List.of(garage, kiosk));
        approach.put(busy.id(), List.of(kiosk));

        assertThat(causes(SuggestionReason.JOB_SEARCH_STALLED)).singleElement().satisfies(cause -> {
            assertThat(cause.employerId()).isEqualTo(garage.id());
            assertThat(cause.participantIds()).containsExactly(stalled.id());
            assertThat(cause.explanation()).contains("since 2026-11-01");
        });
        assertThat(causes(SuggestionReason.EMPLOYER_TO_APPROACH))
                .extracting(cause -> cause.employerId() + " for " + cause.participantIds())
                .containsExactlyInAnyOrder(garage.id() + " for [" + stalled.id() + "]", kiosk.id() + " for [" + stalled.id() + "]",
                        kiosk.id() + " for [" + busy.id() + "]");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void followAlongIsDueWeeklyInTheFirstMonthOfAJobAndMonthlyAfter(Databases database) {
        open(database, "suggest_follow_along");
        Employer hotel = employer("Hotellet");
        Employer harbour = employer("Havna");
        Participant newJob = participant("NJ", LocalDate.of(2026, 6, 1), ParticipantStatus.EMPLOYED);
        Participant oldJob = participant("OJ", LocalDate.of(2026, 3, 1), ParticipantStatus.EMPLOYED);
        Participant ended = participant("EN", LocalDate.of(2026, 3, 1), ParticipantStatus.JOB_SEARCH);
        Tx.run(em, () -> {
            em.persist(jobStart(newJob, hotel, LocalDate.of(2026, 11, 9), null));
            em.persist(jobStart(oldJob, harbour, LocalDate.of(2026, 6, 1), null));
            em.persist(jobStart(ended, harbour, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 1)));
        });
        visit("kari", hotel, "2026-11-12T09:00:00Z", VisitMode.IN_PERSON, null, null, newJob);
        visit("kari", harbour, "2026-11-10T09:00:00Z", VisitMode.IN_PERSON, null, null, oldJob);

        assertThat(causes(SuggestionReason.FOLLOW_ALONG_DUE)).singleElement().satisfies(cause -> {
            assertThat(cause.employerId()).isEqualTo(hotel.id());
            assertThat(cause.participantIds()).containsExactly(newJob.id());
            assertThat(cause.due()).isEqualTo(LocalDate.of(2026, 11, 19));
        });
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aPartnerTheTeamHasNotContactedForNinetyDaysIsDormant(Databases database) {
        open(database, "suggest_dormant");
        Employer quiet = employer("Stille Partner");
        Employer recent = employer("Aktiv Partner");
        Employer once = employer("Besøkt En Gang");
        visit("ola", quiet, "2026-05-04T09:00:00Z", VisitMode.IN_PERSON, null, null);
        visit("ola", quiet, "2026-06-08T09:00:00Z", VisitMode.IN_PERSON, null, null);
        visit("kari", recent, "2026-05-04T09:00:00Z", VisitMode.IN_PERSON, null, null);
        visit("kari", recent, "2026-10-08T09:00:00Z", VisitMode.IN_PERSON, null, null);
        visit("kari", once, "2026-04-04T09:00:00Z", VisitMode.IN_PERSON, null, null);

        assertThat(causes(SuggestionReason.DORMANT_PARTNER)).singleElement().satisfies(cause -> {
            assertThat(cause.employerId()).isEqualTo(quiet.id());
            assertThat(cause.explanation()).contains("2026-06-08");
        });
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aTeamsDormantPartnersAreKeptWhileNothingChangesAndLookedUpAgainOnAnyWriteFromAnyInstance(Databases database) {
        open(database, "suggest_dormant_kept");
        Employer quiet = employer("Stille Partner");
        Visit first = visit("ola", quiet, "2026-05-04T09:00:00Z", VisitMode.IN_PERSON, null, null);
        visit("ola", quiet, "2026-06-08T09:00:00Z", VisitMode.IN_PERSON, null, null);
        assertThat(causes(SuggestionReason.DORMANT_PARTNER)).hasSize(1);

        // a change the stamp does not see (no migration or service writes like this): the kept answer stands
        Tx.run(em, () -> em.createNativeQuery("UPDATE visit SET started_at = ?1 WHERE id = ?2")
                .setParameter(1, java.time.LocalDateTime.of(2026, 11, 20, 9, 0)).setParameter(2, first.id()).executeUpdate());
        assertThat(causes(SuggestionReason.DORMANT_PARTNER)).as("kept while nothing it is computed from changed").hasSize(1);
        finder.clock = Clock.fixed(NOW.plus(SuggestionFinder.DORMANT_KEPT).plusSeconds(1), ZoneOffset.UTC);
        assertThat(causes(SuggestionReason.DORMANT_PARTNER)).as("looked up again after a minute").isEmpty();
        finder.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Tx.run(em, () -> em.createNativeQuery("UPDATE visit SET started_at = ?1 WHERE id = ?2")
                .setParameter(1, java.time.LocalDateTime.of(2026, 5, 4, 9, 0)).setParameter(2, first.id()).executeUpdate());
        Tx.run(em, () -> em.persist(TestEmployers.named("Annen Partner").build(NOW.plusSeconds(5))));
        assertThat(causes(SuggestionReason.DORMANT_PARTNER)).as("an employer written: looked up again").hasSize(1);

        // a visit written to the database by another instance, past this finder and its events
        visit("ola", quiet, "2026-11-23T07:00:00Z", VisitMode.PHONE, null, null);
        assertThat(causes(SuggestionReason.DORMANT_PARTNER)).as("a visit logged anywhere shows at once").isEmpty();
    }

    private static JobStart jobStart(Participant participant, Employer employer, LocalDate from, LocalDate to) {
        return new JobStart(new JobStartTerms(participant.id(), employer.id(), null, from, to, new BigDecimal("20"), "5120",
                true), participant.enrolledOn(), "kari", NOW);
    }
}
