package no.ips.outreach.demo.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import no.ips.outreach.employers.control.EmployerRegistry;
import no.ips.outreach.employers.entity.ContactChannel;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.RegisterLink;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.dev.DevMode;
import no.ips.outreach.visits.control.VisitLog;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;

/**
 * Fills an empty dev-mode database with one team's world: Bodø's real workplaces from Enhetsregisteret (see
 * {@link DemoEmployers}) and four months of three specialists' visits, entered through the same rules as real input.
 * Never runs outside dev mode.
 */
@ApplicationScoped
@Transactional
public class DemoData {

    static final int WEEKS = 17;
    private static final int PORTFOLIO = 30;
    private static final int DORMANT = 6;
    static final List<String> SPECIALISTS = List.of("kari", "ola", "ingrid");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    EmployerRegistry employers;

    @Inject
    VisitLog visits;

    @Inject
    Clock clock;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION) Migrations.SchemaReady ready) {
        if (!DevMode.active() || em.createQuery("SELECT COUNT(e) FROM Employer e", Long.class).getSingleResult() > 0) {
            return;
        }
        Random random = new Random(1804);
        List<Employer> registered = registerEmployers(random);
        int logged = logVisits(random, registered);
        LOG.info(() -> "Demo data: " + registered.size() + " employers in Bodø (Enhetsregisteret) and " + logged + " visits");
    }

    private List<Employer> registerEmployers(Random random) {
        DemoEmployers demo = new DemoEmployers(random);
        List<Employer> registered = new ArrayList<>();
        List<DemoEmployers.Unit> units = DemoEmployers.units();
        for (int i = 0; i < units.size(); i++) {
            DemoEmployers.Unit unit = units.get(i);
            // taken from the register, so each keeps its link (and a re-import of the real file would update it)
            Employer employer = employers.register(Country.NO, unit.number(), demo.profile(unit, i),
                    new RegisterLink("UNDERENHET", unit.number(), null, null));
            if (random.nextInt(10) < 6) {
                employers.addContactPerson(employer.id(), DemoPeople.name(random), DemoPeople.role(random),
                        "+47 9" + (1000000 + random.nextInt(8999999)), null, ContactChannel.PHONE);
            }
            registered.add(employer);
        }
        return registered;
    }

    /**
     * Each specialist keeps a portfolio of 30 employers, overlapping a neighbour's, and meets some of them again and
     * again; the last few employers are the dormant ones (below).
     */
    private int logVisits(Random random, List<Employer> all) {
        List<Employer> contactable = all.stream().filter(e -> !e.doNotContact()).toList();
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        LocalDate firstMonday = today.minusWeeks(WEEKS).with(DayOfWeek.MONDAY);
        int logged = 0;
        int step = (contactable.size() - DORMANT - PORTFOLIO) / (SPECIALISTS.size() - 1);
        for (int s = 0; s < SPECIALISTS.size(); s++) {
            List<Employer> portfolio = contactable.subList(s * step, s * step + PORTFOLIO);
            List<VisitDetails> busy = new ArrayList<>();
            for (LocalDate monday = firstMonday; monday.isBefore(today); monday = monday.plusWeeks(1)) {
                int contacts = 4 + random.nextInt(5);
                for (int c = 0; c < contacts; c++) {
                    LocalDate day = monday.plusDays(random.nextInt(5));
                    var start = day.atTime(LocalTime.of(8, 30).plusMinutes(15L * random.nextInt(26))).atZone(OSLO).toInstant();
                    // the demo's days end yesterday: today is left to the person trying it (and to tests logging visits now)
                    if (!day.isBefore(today)) {
                        continue;
                    }
                    Employer employer = portfolio.get((int) Math.abs(random.nextGaussian() * 15) % portfolio.size());
                    VisitDetails details = visit(random, employer, start);
                    if (fits(details, busy)) {
                        visits.log(SPECIALISTS.get(s), details);
                        busy.add(details);
                        logged++;
                    }
                }
            }
        }
        return logged + logOldContacts(random, contactable);
    }

    /** The demo keeps the visit log's own rules: no two in-person meetings at once, and a day that fits in a day. */
    private static boolean fits(VisitDetails details, List<VisitDetails> busy) {
        LocalDate day = LocalDate.ofInstant(details.startedAt(), OSLO);
        List<VisitDetails> sameDay = busy.stream()
                .filter(other -> LocalDate.ofInstant(other.startedAt(), OSLO).equals(day)).toList();
        boolean overlaps = details.mode() == VisitMode.IN_PERSON && sameDay.stream()
                .filter(other -> other.mode() == VisitMode.IN_PERSON)
                .anyMatch(other -> other.startedAt().isBefore(details.startedAt().plus(Duration.ofMinutes(details.meetingMinutes())))
                        && other.startedAt().plus(Duration.ofMinutes(other.meetingMinutes())).isAfter(details.startedAt()));
        int minutes = details.meetingMinutes() + details.travelMinutes() + sameDay.stream()
                .filter(other -> other.mode() == VisitMode.IN_PERSON || other.mode() == VisitMode.EVENT)
                .mapToInt(other -> other.meetingMinutes() + other.travelMinutes()).sum();
        return !overlaps && minutes <= Visit.MAX_DAY_MINUTES;
    }

    /** Employers met once, long ago, and not since: the dormant relationships a team should pick up again. */
    private int logOldContacts(Random random, List<Employer> contactable) {
        List<Employer> forgotten = contactable.subList(contactable.size() - DORMANT, contactable.size());
        for (Employer employer : forgotten) {
            var start = clock.instant().minus(Duration.ofDays(200 + random.nextInt(150))).truncatedTo(ChronoUnit.HOURS);
            visits.log(SPECIALISTS.get(random.nextInt(SPECIALISTS.size())), visit(random, employer, start));
        }
        return forgotten.size();
    }

    private static VisitDetails visit(Random random, Employer employer, Instant start) {
        int roll = random.nextInt(100);
        VisitMode mode = roll < 72 ? VisitMode.IN_PERSON : roll < 87 ? VisitMode.PHONE : roll < 94 ? VisitMode.EMAIL
                : roll < 98 ? VisitMode.VIDEO : VisitMode.EVENT;
        VisitPurpose purpose = VisitPurpose.values()[random.nextInt(10) < 4 ? 0 : random.nextInt(10) < 7 ? 1 : 2];
        ContactQuality quality = ContactQuality.values()[Math.min(4, 1 + random.nextInt(4) + (random.nextBoolean() ? 1 : 0))];
        boolean inPerson = mode == VisitMode.IN_PERSON;
        int meeting = inPerson ? 20 + 5 * random.nextInt(12) : mode == VisitMode.EMAIL ? 10 : 15 + 5 * random.nextInt(4);
        int travel = inPerson ? 10 + 5 * random.nextInt(7) : 0;
        boolean followUp = random.nextInt(3) == 0;
        return new VisitDetails(employer.id(), null, start, meeting, travel, mode, purpose, quality,
                DemoPeople.outcome(random, employer), null, followUp ? DemoPeople.nextStep(random) : null,
                followUp ? LocalDate.ofInstant(start, OSLO).plusDays(7 + random.nextInt(14)) : null, null);
    }
}
