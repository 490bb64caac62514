package no.ips.outreach.participants.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Specialist;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import org.eclipse.persistence.config.QueryHints;

/**
 * A person the outreach is for, pseudonymous by design: a reference to the host system and an alias, never a
 * national identity number or a diagnosis. Anonymising wipes even those, but the record stays so that visits and
 * job starts made for them are still counted.
 */
@Entity
@Table(name = "participant")
// one participant with the caller's scope in the query, the specialist and their team in the same row. Named, so that
// EclipseLink prepares them once: a query given the fetch hint per use has its SQL generated anew on every execution
@NamedQuery(name = Participant.OWN, query = "SELECT p FROM Participant p WHERE p.id = :id AND p.specialist.username = :me",
        hints = @QueryHint(name = QueryHints.FETCH, value = "p.specialist.team"))
@NamedQuery(name = Participant.OWN_OR_MANAGED, query = "SELECT p FROM Participant p WHERE p.id = :id AND "
        + "(p.specialist.username = :me OR p.specialist.team.id IN (SELECT t.id FROM Team t JOIN t.managers m WHERE m = :me))",
        hints = @QueryHint(name = QueryHints.FETCH, value = "p.specialist.team"))
public class Participant {

    /** The participant {@code :id} if their specialist is {@code :me}. */
    public static final String OWN = "Participant.own";
    /** The participant {@code :id} if their specialist is {@code :me} or {@code :me} manages the specialist's team. */
    public static final String OWN_OR_MANAGED = "Participant.ownOrManaged";

    public static final String ANONYMISED_ALIAS = "anonymised";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "external_ref")
    private String externalRef;

    @Column(name = "alias", nullable = false)
    private String alias;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    // every access check needs the specialist: read with the participant, in the same statement
    @JoinFetch(JoinFetchType.INNER)
    @JoinColumn(name = "specialist_id", nullable = false)
    private Specialist specialist;

    /** The team that enrolled the participant: external references are unique within it. */
    @Column(name = "team_id", updatable = false)
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "program", nullable = false)
    private Program program;

    @Column(name = "program_label")
    private String programLabel;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ParticipantStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure", nullable = false)
    private Disclosure disclosure;

    @Column(name = "disclosure_text")
    private String disclosureText;

    // preferences of a page of participants: one IN query per collection, not one per participant
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "participant_occupation", joinColumns = @JoinColumn(name = "participant_id"))
    @OrderColumn(name = "priority")
    @Column(name = "isco_code")
    private List<String> occupations = new ArrayList<>();

    // an embeddable: not batch-fetched, EclipseLink 4.0.7 then fails to flush a change to it (NullPointerException)
    @ElementCollection
    @CollectionTable(name = "participant_industry", joinColumns = @JoinColumn(name = "participant_id"))
    private Set<IndustryPreference> industries = new HashSet<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "participant_shift", joinColumns = @JoinColumn(name = "participant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "shift")
    private Set<Shift> shifts = new HashSet<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "participant_language", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @Column(name = "hours_min", precision = 4, scale = 1)
    private BigDecimal hoursMin;

    @Column(name = "hours_max", precision = 4, scale = 1)
    private BigDecimal hoursMax;

    @Column(name = "max_travel_minutes")
    private Integer maxTravelMinutes;

    @Column(name = "max_travel_km")
    private Integer maxTravelKm;

    @Column(name = "home_postcode")
    private String homePostcode;

    @Column(name = "home_municipality_code")
    private String homeMunicipalityCode;

    @Column(name = "home_latitude")
    private Double homeLatitude;

    @Column(name = "home_longitude")
    private Double homeLongitude;

    @Column(name = "driving_licence", nullable = false)
    private boolean drivingLicence;

    @Column(name = "earliest_start")
    private LocalDate earliestStart;

    @Column(name = "education_goal")
    private String educationGoal;

    @Column(name = "strengths")
    private String strengths;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Participant() {
    }

    public Participant(Specialist specialist, ParticipantProfile profile, Instant now) {
        this.specialist = specialist;
        this.teamId = specialist.team().id();
        this.createdAt = now;
        describe(profile, now);
    }

    public void describe(ParticipantProfile profile, Instant now) {
        requireNotAnonymised();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (profile.disclosure() == Disclosure.SPECIFIC && (profile.disclosureText() == null || profile.disclosureText().isBlank())) {
            errors.add(new Problem.FieldError("disclosureText", Messages.get("participant.disclosure-text")));
        }
        if (profile.program() == Program.OTHER && (profile.programLabel() == null || profile.programLabel().isBlank())) {
            errors.add(new Problem.FieldError("programLabel", Messages.get("participant.programme")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ParticipantProfile stored = normalised(profile);
        this.externalRef = stored.externalRef();
        this.alias = stored.alias();
        this.program = stored.program();
        this.programLabel = stored.programLabel();
        this.enrolledOn = stored.enrolledOn();
        this.status = stored.status();
        this.disclosure = stored.disclosure();
        this.disclosureText = stored.disclosureText();
        this.updatedAt = now;
    }

    /**
     * Whether describing the participant with this profile would change nothing: a host system sends the same record
     * again and again, and a repeated sync must not make a new version.
     */
    public boolean isDescribedBy(ParticipantProfile profile) {
        return profile().equals(normalised(profile));
    }

    /** The profile as it is stored: references and aliases trimmed, a disclosure text only with SPECIFIC consent. */
    private static ParticipantProfile normalised(ParticipantProfile profile) {
        String reference = profile.externalRef() == null || profile.externalRef().isBlank() ? null : profile.externalRef().trim();
        String text = profile.disclosure() == Disclosure.SPECIFIC && profile.disclosureText() != null
                ? profile.disclosureText().trim() : null;
        return new ParticipantProfile(reference, profile.alias() == null ? null : profile.alias().trim(), profile.program(), profile.programLabel(),
                profile.enrolledOn(), profile.status(), profile.disclosure(), text);
    }

    /** States new preferences and returns what changed, field by field, for the history. */
    public List<FieldChange> statePreferences(JobPreferences stated, Instant now) {
        requireNotAnonymised();
        List<Problem.FieldError> errors = stated.problems();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<FieldChange> changes = FieldChange.between(preferences().fields(), stated.fields());
        occupations.clear();
        occupations.addAll(stated.occupations());
        industries.clear();
        stated.desiredIndustries().forEach(prefix -> industries.add(new IndustryPreference(prefix, true)));
        stated.excludedIndustries().forEach(prefix -> industries.add(new IndustryPreference(prefix, false)));
        shifts.clear();
        shifts.addAll(stated.shifts());
        languages.clear();
        languages.addAll(stated.languages());
        hoursMin = stated.hoursMin();
        hoursMax = stated.hoursMax();
        maxTravelMinutes = stated.maxTravelMinutes();
        maxTravelKm = stated.maxTravelKm();
        HomeArea home = stated.home();
        homePostcode = home == null ? null : home.postcode();
        homeMunicipalityCode = home == null ? null : home.municipalityCode();
        homeLatitude = home == null ? null : home.latitude();
        homeLongitude = home == null ? null : home.longitude();
        drivingLicence = stated.drivingLicence();
        earliestStart = stated.earliestStart();
        educationGoal = stated.educationGoal();
        strengths = stated.strengths();
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return changes;
    }

    public JobPreferences preferences() {
        return preferences(new PreferenceLists(occupations, industryPrefixes(true), industryPrefixes(false), shifts, languages));
    }

    /** The preferences with their lists as read elsewhere, which leaves this entity's collections unloaded. */
    public JobPreferences preferences(PreferenceLists lists) {
        HomeArea home = homePostcode == null && homeMunicipalityCode == null && homeLatitude == null
                ? null : new HomeArea(homePostcode, homeMunicipalityCode, homeLatitude, homeLongitude);
        return new JobPreferences(lists.occupations(), lists.desiredIndustries(), lists.excludedIndustries(), hoursMin,
                hoursMax, lists.shifts(), maxTravelMinutes, maxTravelKm, home, drivingLicence, lists.languages(),
                earliestStart, educationGoal, strengths);
    }

    private Set<String> industryPrefixes(boolean wanted) {
        return industries.stream().filter(i -> i.wanted() == wanted).map(IndustryPreference::nacePrefix).collect(Collectors.toSet());
    }

    /** Hands the participant to another specialist, who must be in the same team: caseloads do not cross teams. */
    public void reassignTo(Specialist other, Instant now) {
        requireNotAnonymised();
        if (!other.isIn(specialist.team())) {
            // name neither the other team nor where the specialist works: that is outside the caller's scope
            throw ProblemException.invalid("specialist", Messages.get("participant.other-team", other.username()));
        }
        this.specialist = other;
        this.updatedAt = now;
    }

    /**
     * Wipes everything that could identify the person, on request or when the retention period ends. What remains
     * (programme, enrolment date, status, occupation codes) keeps the statistics and the fidelity audit whole.
     */
    public void anonymise(Instant now) {
        requireNotAnonymised();
        externalRef = null;
        alias = ANONYMISED_ALIAS;
        disclosure = Disclosure.NONE;
        disclosureText = null;
        homePostcode = null;
        homeLatitude = null;
        homeLongitude = null;
        languages.clear();
        educationGoal = null;
        strengths = null;
        anonymisedAt = now;
        updatedAt = now;
    }

    /** Moves the participant on, e.g. to EMPLOYED when a job starts. */
    public void moveTo(ParticipantStatus next, Instant now) {
        requireNotAnonymised();
        this.status = next;
        this.updatedAt = now;
    }

    private void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw ProblemException.conflict(Messages.get("participant.anonymised.fixed"));
        }
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Specialist specialist() {
        return specialist;
    }

    public Long teamId() {
        return teamId;
    }

    public ParticipantProfile profile() {
        return new ParticipantProfile(externalRef, alias, program, programLabel, enrolledOn, status, disclosure, disclosureText);
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public ParticipantStatus status() {
        return status;
    }

    public Disclosure disclosure() {
        return disclosure;
    }

    public String alias() {
        return alias;
    }

    public Instant anonymisedAt() {
        return anonymisedAt;
    }
}
