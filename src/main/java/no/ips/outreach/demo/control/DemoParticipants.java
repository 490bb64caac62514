package no.ips.outreach.demo.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.HomeArea;
import no.ips.outreach.participants.entity.JobPreferences;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantProfile;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.PreferenceChange;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.dev.DevMode;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.VisitPurpose;

/**
 * Each demo specialist's caseload: participants with their own, varied job preferences (kitchen, shop, care, trades,
 * transport, office, IT), at different stages, with different consent to disclosure, some of whom have changed their
 * minds. Their specialists' participant-focused visits name them. Only in dev mode, into an empty caseload.
 */
@ApplicationScoped
@Transactional
public class DemoParticipants {

    private static final Logger LOG = Logger.getLogger(DemoParticipants.class.getName());
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Alias, programme, occupations in priority order, hours, shifts, strengths. */
    private record Person(String alias, Program program, List<String> occupations, int hoursMin, int hoursMax,
                          Set<Shift> shifts, String strengths) {
    }

    /** Each specialist's caseload: realistic for IPS (15-20), more people than the profiles above, so these repeat. */
    static final int CASELOAD = 17;
    private static final List<String> MORE_ALIASES = List.of("AB", "TR", "GS", "MN", "EK", "SH", "JT", "LM", "OR",
            "KV", "HD", "IA", "PS", "RN", "YL", "DF", "UE", "ZM", "WB", "AS", "NT", "MB", "EO", "TK", "SJ", "BL", "JA",
            "HK", "FN", "LO", "KR", "IS", "GB");

    private static final List<Person> PEOPLE = List.of(
            new Person("AH", Program.IPS_UNG, List.of("5120", "9412"), 20, 37, Set.of(Shift.DAY, Shift.EVENING), "Glad i å lage mat, rask og nøyaktig"),
            new Person("MK", Program.IPS, List.of("5223", "5230"), 10, 20, Set.of(Shift.DAY, Shift.WEEKEND), "Serviceinnstilt, liker folk"),
            new Person("TB", Program.IPS, List.of("9112", "9613"), 15, 30, Set.of(Shift.EVENING), "Jobber godt alene, stødig"),
            new Person("SL", Program.IPS_UNG, List.of("5322", "5321"), 20, 30, Set.of(Shift.DAY, Shift.EVENING, Shift.WEEKEND), "Omsorgsfull, har hjelpepleier-praksis"),
            new Person("JE", Program.IPS, List.of("7411", "7412"), 30, 37, Set.of(Shift.DAY), "Fagbrev i elektro fra før, vil tilbake i faget"),
            new Person("RO", Program.IPS, List.of("8322", "8332"), 20, 37, Set.of(Shift.DAY, Shift.NIGHT), "Har førerkort klasse C, kjenner distriktet"),
            new Person("NH", Program.IPS_UNG, List.of("2512", "3512"), 15, 30, Set.of(Shift.DAY), "Selvlært programmerer, vil ha fast struktur"),
            new Person("IB", Program.IPS, List.of("4321", "9333"), 20, 37, Set.of(Shift.DAY), "Ryddig, god på systemer"),
            new Person("KA", Program.IPS_UNG, List.of("5131", "5120"), 10, 25, Set.of(Shift.EVENING, Shift.WEEKEND), "Blid og energisk"),
            new Person("PD", Program.IPS, List.of("7512"), 25, 37, Set.of(Shift.NIGHT, Shift.DAY), "Morgenfugl, har bakt hjemme i mange år"),
            new Person("EV", Program.IPS, List.of("6113", "9214"), 15, 30, Set.of(Shift.DAY), "Trives ute, fysisk sterk"),
            new Person("FY", Program.IPS_UNG, List.of("5141", "5142"), 10, 30, Set.of(Shift.DAY, Shift.WEEKEND), "Kreativ, har tatt frisørkurs"),
            new Person("LS", Program.IPS, List.of("7231", "7233"), 30, 37, Set.of(Shift.DAY), "Skrur på bil på fritiden"),
            new Person("OG", Program.IPS, List.of("4110", "4132"), 20, 30, Set.of(Shift.DAY), "Strukturert, god på data"),
            new Person("HM", Program.IPS_UNG, List.of("5311", "5312"), 20, 37, Set.of(Shift.DAY), "Tålmodig med barn, har ungdomsarbeid"),
            new Person("BY", Program.IPS, List.of("9412", "9112"), 10, 20, Set.of(Shift.DAY, Shift.EVENING), "Pålitelig, vil starte forsiktig"),
            new Person("VR", Program.IPS_UNG, List.of("5223"), 15, 25, Set.of(Shift.WEEKEND, Shift.EVENING), "Vil kombinere jobb og skole"),
            new Person("CN", Program.IPS, List.of("9333", "8344"), 30, 37, Set.of(Shift.DAY, Shift.NIGHT), "Truckførerbevis, jobber raskt"));

    /** The industries each person said they would like to work in (NACE divisions), by alias. */
    private static final Map<String, Set<String>> WANTED_INDUSTRIES = Map.ofEntries(
            Map.entry("AH", Set.of("56", "55")), Map.entry("MK", Set.of("47")), Map.entry("TB", Set.of("81")),
            Map.entry("SL", Set.of("87", "88")), Map.entry("JE", Set.of("43")), Map.entry("RO", Set.of("49")),
            Map.entry("NH", Set.of("62")), Map.entry("IB", Set.of("52", "47")), Map.entry("KA", Set.of("56")),
            Map.entry("PD", Set.of("10")), Map.entry("EV", Set.of("81")), Map.entry("FY", Set.of("96")),
            Map.entry("LS", Set.of("45")), Map.entry("OG", Set.of("82", "84")), Map.entry("HM", Set.of("88")),
            Map.entry("BY", Set.of("56")), Map.entry("VR", Set.of("47")), Map.entry("CN", Set.of("52", "49")));

    private static final List<ParticipantStatus> STATUSES = List.of(ParticipantStatus.JOB_SEARCH, ParticipantStatus.JOB_SEARCH,
            ParticipantStatus.ENGAGEMENT, ParticipantStatus.JOB_SEARCH, ParticipantStatus.FOLLOW_ALONG, ParticipantStatus.IN_EDUCATION);

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    Clock clock;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 20) Migrations.SchemaReady ready) {
        if (!DevMode.active() || em.createQuery("SELECT COUNT(p) FROM Participant p", Long.class).getSingleResult() > 0) {
            return;
        }
        Random random = new Random(2026);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        int linked = 0;
        for (int i = 0; i < CASELOAD * DemoData.SPECIALISTS.size(); i++) {
            Person person = PEOPLE.get(i % PEOPLE.size());
            String alias = i < PEOPLE.size() ? person.alias() : MORE_ALIASES.get((i - PEOPLE.size()) % MORE_ALIASES.size());
            Specialist specialist = specialists.existing(DemoData.SPECIALISTS.get(i % DemoData.SPECIALISTS.size()));
            Disclosure disclosure = Disclosure.values()[i % 3];
            Participant participant = new Participant(specialist, new ParticipantProfile("DEMO-" + (1001 + i), alias,
                    person.program(), null, today.minusDays(20 + random.nextInt(200)), STATUSES.get(i % STATUSES.size()),
                    disclosure, disclosure == Disclosure.SPECIFIC ? "Kan fortelle at hen har vært sykmeldt en periode og trenger rolig oppstart." : null), now);
            em.persist(participant);
            em.flush();
            if (i % 4 == 0) {
                // stated first with a narrower wish, then widened: the history shows how preferences evolve
                Instant earlier = now.minus(Duration.ofDays(30));
                var first = preferences(person.occupations().subList(0, 1), person, random);
                keep(participant, participant.statePreferences(first, earlier), specialist, earlier);
            }
            keep(participant, participant.statePreferences(preferences(person.occupations(), person, random), now), specialist, now);
            linked += linkRecentVisits(participant, specialist, disclosure, random);
        }
        LOG.info("Demo participants: " + CASELOAD * DemoData.SPECIALISTS.size() + " across " + DemoData.SPECIALISTS + ", named on " + linked + " visits");
    }

    private static JobPreferences preferences(List<String> occupations, Person person, Random random) {
        double lat = DemoEmployers.CENTRE_LAT + (random.nextDouble() - 0.5) * 0.04;
        double lon = DemoEmployers.CENTRE_LON + (random.nextDouble() - 0.5) * 0.12;
        return new JobPreferences(occupations, WANTED_INDUSTRIES.get(person.alias()), Set.of(), BigDecimal.valueOf(person.hoursMin()),
                BigDecimal.valueOf(person.hoursMax()), person.shifts(), 20 + 5 * random.nextInt(6), null,
                new HomeArea(null, DemoEmployers.BODO, Math.round(lat * 1000) / 1000.0, Math.round(lon * 1000) / 1000.0),
                random.nextBoolean(), Set.of("no"), null, person.program() == Program.IPS_UNG && random.nextBoolean()
                ? "Fullføre videregående" : null, person.strengths());
    }

    private void keep(Participant participant, List<FieldChange> changes, Specialist by, Instant at) {
        for (var change : changes) {
            em.persist(new PreferenceChange(participant.id(), by.username(), at, change));
            em.flush();
        }
    }

    /** Names the participant on a few of their specialist's participant-focused visits, within their consent. */
    private int linkRecentVisits(Participant participant, Specialist specialist, Disclosure consent, Random random) {
        List<Long> visits = em.createQuery("SELECT v.id FROM Visit v WHERE v.specialist = :specialist AND v.purpose IN :purposes "
                        + "AND v.startedAt >= :since ORDER BY v.startedAt DESC", Long.class)
                .setParameter("specialist", specialist.username())
                .setParameter("purposes", List.of(VisitPurpose.PARTICIPANT_JOB_DEVELOPMENT, VisitPurpose.FOLLOW_ALONG))
                .setParameter("since", clock.instant().minus(Duration.ofDays(60)))
                .setMaxResults(12).getResultList();
        int count = 0;
        for (Long visit : visits) {
            if (random.nextInt(5) == 0) {
                // the demo seeds links directly: there is no signed-in specialist at startup to log them through the API
                em.createNativeQuery("INSERT INTO visit_participant (visit_id, participant_id, disclosure) VALUES (?1, ?2, ?3)")
                        .setParameter(1, visit).setParameter(2, participant.id()).setParameter(3, consent.name()).executeUpdate();
                count++;
            }
        }
        return count;
    }
}
