package no.ips.outreach.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.employers.control.GreatCircle;
import no.ips.outreach.employers.entity.ContactSummary;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.matching.decisions.control.MatchDecisions;
import no.ips.outreach.matching.entity.Matcher;
import no.ips.outreach.matching.entity.OpeningTable;
import no.ips.outreach.matching.entity.Ranking;
import no.ips.outreach.matching.entity.SeekerProfile;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.participants.control.Caseload;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * Ranks openings for a participant, participants for an opening, and employers to approach, all from the in-memory
 * index and the pure {@link Matcher}. Who may ask is decided by the caseload rules: a participant outside the
 * caller's scope is a 404.
 */
@ApplicationScoped
@Transactional
public class Matching {

    /** Employers to approach are chosen among the nearest this many within the participant's travel limit. */
    private static final int NEAREST_EMPLOYERS = 200;
    /** Below this an opening is no reason not to go and talk to the employer. */
    static final int SUITABLE = 50;
    private static final double DEFAULT_APPROACH_RADIUS_KM = 20;
    /** Without any of occupations, hours and a home area there is nothing to match on. */
    private static final int ALL_PREFERENCES = 3;

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    MatchIndex index;

    @Inject
    Matcher matcher;

    @Inject
    Caseload caseload;

    @Inject
    MatchDecisions decisions;

    @Inject
    TeamScope scope;

    @Inject
    CurrentUser user;

    @Inject
    EmployerStore employers;

    @Inject
    Clock clock;

    /**
     * Open openings for the participant, best first; their own hard limits exclude unless asked to show them. Openings
     * they declined are left out until their preferences or the opening change.
     */
    public List<RankedOpening> openingsFor(long participantId, boolean includeExcluded, int limit) {
        MatchIndex.ForParticipant indexed = withPreferences(participantId);
        return rank(indexed.openings(), indexed.seeker().profile(), includeExcluded, decisions.declinedOpenings(participantId), limit);
    }

    /**
     * The best open opening for each of these participants the caller may see and who have preferences to match on:
     * one scope check and one access-log entry each, and one look at the index for them all. For planning many
     * participants at once; those without an opening are left out.
     */
    public Map<Long, RankedOpening> bestOpenings(Set<Long> participantIds) {
        Set<Long> visible = caseload.visibleAmong(participantIds).keySet();
        OpeningTable<IndexedOpening> table = index.openingTable();
        Map<Long, Set<Long>> declined = decisions.declinedOpenings(visible);
        Map<Long, RankedOpening> best = new HashMap<>();
        index.seekers(visible).forEach((id, seeker) -> {
            if (missingPreferences(seeker.profile()).size() < ALL_PREFERENCES) {
                rank(table, seeker.profile(), false, declined.getOrDefault(id, Set.of()), 1).stream().findFirst()
                        .ifPresent(opening -> best.put(id, opening));
            }
        });
        return best;
    }

    private List<RankedOpening> rank(OpeningTable<IndexedOpening> table, SeekerProfile seeker, boolean includeExcluded,
                                     Set<Long> declined, int limit) {
        LocalDate today = JobOpening.today(clock.instant());
        return table.rank(matcher, seeker, today,
                        opening -> opening.openOn(today) && !declined.contains(opening.profile().openingId()), includeExcluded, limit)
                .stream()
                .map(ranked -> new RankedOpening(ranked.candidate(), ranked.match(), distance(seeker.homeLatitude(),
                        seeker.homeLongitude(), ranked.candidate().profile().latitude(), ranked.candidate().profile().longitude())))
                .toList();
    }

    /**
     * The participants in the caller's scope (a specialist's caseload, a manager's teams) ranked for an opening, with
     * the same scoring; those the opening is excluded for are left out.
     */
    public List<RankedSeeker> participantsFor(long openingId, int limit) {
        IndexedOpening opening = index.opening(openingId);
        if (opening == null) {
            throw em.find(JobOpening.class, openingId) == null ? ProblemException.notFound("opening", openingId)
                    : ProblemException.conflict(Messages.get("matching.opening-not-open", String.valueOf(openingId)));
        }
        caseload.requireBrowsing();
        Set<Long> teams = scope.managedTeamIds();
        LocalDate today = JobOpening.today(clock.instant());
        List<SeekerProfile> inScope = index.seekers().stream()
                .filter(seeker -> seeker.specialist().equals(user.name()) || teams.contains(seeker.teamId()))
                .map(IndexedSeeker::profile).toList();
        var best = Ranking.best(inScope, seeker -> matcher.appraise(seeker, opening.profile(), today),
                seeker -> matcher.upperBound(seeker, opening.profile()), seeker -> matcher.certainlyExcluded(seeker, opening.profile()),
                SeekerProfile::participantId, false, limit);
        Map<Long, Participant> participants = caseload.visibleAmong(best.stream().map(r -> r.candidate().participantId())
                .collect(Collectors.toSet()));
        return best.stream().filter(ranked -> participants.containsKey(ranked.candidate().participantId()))
                .map(ranked -> new RankedSeeker(participants.get(ranked.candidate().participantId()), ranked.match(),
                        distance(ranked.candidate().homeLatitude(), ranked.candidate().homeLongitude(),
                                opening.profile().latitude(), opening.profile().longitude())))
                .toList();
    }

    /**
     * Employers to go and talk to for a participant: within their travel limit (or 20 km), in an industry they want or
     * at least do not exclude, never do-not-contact, and without a suitable open opening already. Ranked by fit, by
     * the strength of the relationship and by how long since the team was last there.
     */
    public List<EmployerToApproach> employersFor(long participantId, int limit) {
        SeekerProfile seeker = withPreferences(participantId).seeker().profile();
        if (seeker.homeLatitude() == null) {
            throw ProblemException.unprocessable(Messages.get("matching.home-area-missing"));
        }
        long teamId = em.find(Participant.class, participantId).specialist().team().id();
        return approaches(Map.of(participantId, seeker), Map.of(participantId, teamId), limit)
                .getOrDefault(participantId, List.of());
    }

    /**
     * {@link #employersFor} for many participants at once, those the caller may see with a home area to search from:
     * one scope check and access-log entry each, and the employers' histories read once for them all. For planning.
     */
    public Map<Long, List<EmployerToApproach>> employersFor(Set<Long> participantIds, int limit) {
        Map<Long, Participant> visible = caseload.visibleAmong(participantIds);
        Map<Long, SeekerProfile> seekers = new HashMap<>();
        Map<Long, Long> teams = new HashMap<>();
        index.seekers(visible.keySet()).forEach((id, seeker) -> {
            if (seeker.profile().homeLatitude() != null && missingPreferences(seeker.profile()).size() < ALL_PREFERENCES) {
                seekers.put(id, seeker.profile());
                teams.put(id, visible.get(id).specialist().team().id());
            }
        });
        return approaches(seekers, teams, limit);
    }

    /** The employers each participant may approach, ranked: the nearest without a suitable opening, by score. */
    private Map<Long, List<EmployerToApproach>> approaches(Map<Long, SeekerProfile> seekers, Map<Long, Long> teamOf, int limit) {
        LocalDate today = JobOpening.today(clock.instant());
        OpeningTable<IndexedOpening> table = index.openingTable();
        Map<Long, List<Place>> candidates = new HashMap<>();
        seekers.forEach((id, seeker) -> {
            Set<Long> withSuitableOpening = table.scoringAtLeast(matcher, seeker, today, SUITABLE).stream()
                    .filter(opening -> opening.openOn(today))
                    .map(opening -> opening.profile().employerId()).collect(Collectors.toSet());
            candidates.put(id, nearest(seeker.homeLatitude(), seeker.homeLongitude(), radius(seeker)).stream()
                    .filter(place -> !place.employer().doNotContact() && !withSuitableOpening.contains(place.id()))
                    .filter(place -> industryFit(seeker, place.employer().naceCode()) > 0)
                    .toList());
        });
        Set<Long> all = candidates.values().stream().flatMap(List::stream).map(Place::id).collect(Collectors.toSet());
        Map<Long, ContactSummary> contacts = employers.contactSummaries(all);
        Map<Long, Map<Long, Object[]>> lastByTeam = new HashMap<>();
        for (long team : Set.copyOf(teamOf.values())) {
            Set<Long> ofTeam = candidates.entrySet().stream().filter(e -> teamOf.get(e.getKey()) == team)
                    .flatMap(e -> e.getValue().stream()).map(Place::id).collect(Collectors.toSet());
            lastByTeam.put(team, lastFaceToFaceByTeam(team, List.copyOf(ofTeam)));
        }
        Instant now = clock.instant();
        Map<Long, List<Scored>> best = new HashMap<>();
        candidates.forEach((id, places) -> best.put(id, places.stream()
                .map(place -> scored(seekers.get(id), place, contacts, lastByTeam.get(teamOf.get(id)), now))
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingLong(scored -> scored.place().id()))
                .limit(limit).toList()));
        Map<Long, Employer> shown = employers.byIds(best.values().stream().flatMap(List::stream)
                .map(scored -> scored.place().id()).collect(Collectors.toSet()));
        Map<Long, List<EmployerToApproach>> approaches = new HashMap<>();
        best.forEach((id, scored) -> approaches.put(id, scored.stream()
                .map(one -> one.explained(shown.get(one.place().id()), seekers.get(id), now)).toList()));
        return approaches;
    }

    private static double radius(SeekerProfile seeker) {
        return seeker.maxTravelKm() == null ? DEFAULT_APPROACH_RADIUS_KM : seeker.maxTravelKm();
    }

    private static Scored scored(SeekerProfile seeker, Place place, Map<Long, ContactSummary> contacts,
                                 Map<Long, Object[]> lastFaceToFace, Instant now) {
        RelationshipStage stage = place.employer().stageSetByHand() != null ? place.employer().stageSetByHand()
                : RelationshipStage.derive(contacts.getOrDefault(place.id(), ContactSummary.none()), now);
        Object[] last = lastFaceToFace.get(place.id());
        Instant lastVisit = last == null ? null : (Instant) last[1];
        double gap = lastVisit == null ? 1 : Math.min(180, Duration.between(lastVisit, now).toDays()) / 180.0;
        int score = (int) Math.round(40 * industryFit(seeker, place.employer().naceCode())
                + 20 * (1 - Math.min(1, place.distanceKm() / radius(seeker))) + 25 * relationship(stage) + 15 * gap);
        return new Scored(place, stage, lastVisit, last == null ? null : (String) last[0], score);
    }

    /** An employer to approach before its words: where, the relationship, the team's last visit and the score. */
    private record Scored(Place place, RelationshipStage stage, Instant lastVisit, String colleague, int score) {

        EmployerToApproach explained(Employer employer, SeekerProfile seeker, Instant now) {
            double fit = industryFit(seeker, employer.naceCode());
            List<String> reasons = new ArrayList<>();
            reasons.add(Messages.get(fit >= 1 ? "why.approach.industry-wanted" : "why.approach.industry-not-ruled-out",
                    employer.naceCode()));
            reasons.add(Messages.get("why.approach.distance", place.distanceKm(), radius(seeker))
                    + (employer.positionApproximate() ? Messages.get("why.approach.approximate") : ""));
            reasons.add(Messages.get("why.approach.relationship", stage, Messages.label(stage)));
            reasons.add(lastVisit == null ? Messages.get("why.approach.never-visited")
                    : Messages.get("why.approach.last-visit", Duration.between(lastVisit, now).toDays()));
            return new EmployerToApproach(employer, score, reasons, stage, place.distanceKm(), lastVisit, colleague);
        }
    }

    /** An employer in the index and its great-circle distance from a point. */
    private record Place(IndexedEmployer employer, double distanceKm) {

        long id() {
            return employer.id();
        }
    }

    /** The nearest employers within the radius, nearest first, from the index rather than the database. */
    private List<Place> nearest(double latitude, double longitude, double radiusKm) {
        return index.employers().stream()
                .map(employer -> new Place(employer, GreatCircle.km(latitude, longitude, employer.latitude(), employer.longitude())))
                .filter(place -> place.distanceKm() <= radiusKm)
                .sorted(Comparator.comparingDouble(Place::distanceKm).thenComparingLong(Place::id))
                .limit(NEAREST_EMPLOYERS).toList();
    }

    /** 1 for a wanted industry, 0.5 when they named none, 0.25 otherwise, 0 when excluded. */
    private static double industryFit(SeekerProfile seeker, String naceCode) {
        if (seeker.excludedIndustries().stream().anyMatch(naceCode::startsWith)) {
            return 0;
        }
        if (seeker.desiredIndustries().isEmpty()) {
            return 0.5;
        }
        return seeker.desiredIndustries().stream().anyMatch(naceCode::startsWith) ? 1 : 0.25;
    }

    private static double relationship(RelationshipStage stage) {
        return switch (stage) {
            case HIRING_PARTNER -> 1.0;
            case ENGAGED -> 0.8;
            case CONTACTED -> 0.6;
            case DORMANT -> 0.4;
            case PROSPECT -> 0.2;
        };
    }

    /** Per employer, the team member with the most recent face-to-face contact, and when. */
    private Map<Long, Object[]> lastFaceToFaceByTeam(long teamId, List<Long> employerIds) {
        Map<Long, Object[]> result = new HashMap<>();
        if (employerIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("SELECT v.employerId, v.specialist, v.startedAt FROM Visit v WHERE v.mode = :mode AND v.voidedAt IS NULL "
                        + "AND v.employerId IN :employers AND v.specialist IN "
                        + "(SELECT s.username FROM Specialist s WHERE s.team.id = :team) ORDER BY v.startedAt DESC", Object[].class)
                .setParameter("mode", VisitMode.IN_PERSON).setParameter("employers", employerIds).setParameter("team", teamId)
                .getResultList();
        rows.forEach(row -> result.putIfAbsent((Long) row[0], new Object[] {row[1], row[2]}));
        return result;
    }

    /**
     * The participant's entry in the index, with the openings of the same refresh, read with their access logged;
     * without any preferences, a message saying what to record.
     */
    private MatchIndex.ForParticipant withPreferences(long participantId) {
        caseload.read(participantId);
        MatchIndex.ForParticipant indexed = index.forParticipant(participantId);
        if (indexed.seeker() == null) {
            throw ProblemException.conflict(Messages.get("matching.participant-closed", String.valueOf(participantId)));
        }
        List<String> missing = missingPreferences(indexed.seeker().profile());
        if (missing.size() == ALL_PREFERENCES) {
            throw ProblemException.unprocessable(Messages.get("matching.preferences-missing", String.join("; ", missing)));
        }
        return indexed;
    }

    /** The preferences matching works from that the participant has not stated yet, in words. */
    private static List<String> missingPreferences(SeekerProfile profile) {
        List<String> missing = new ArrayList<>();
        if (profile.occupations().isEmpty()) {
            missing.add(Messages.get("matching.missing.occupations"));
        }
        if (profile.hoursMin() == null && profile.hoursMax() == null) {
            missing.add(Messages.get("matching.missing.hours"));
        }
        if (profile.homeLatitude() == null) {
            missing.add(Messages.get("matching.missing.home-area"));
        }
        return missing;
    }

    private static Double distance(Double lat1, Double lon1, Double lat2, Double lon2) {
        return lat1 == null || lon1 == null || lat2 == null || lon2 == null ? null
                : Math.round(GreatCircle.km(lat1, lon1, lat2, lon2) * 10) / 10.0;
    }
}
