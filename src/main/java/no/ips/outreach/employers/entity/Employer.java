package no.ips.outreach.employers.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.ips.outreach.registers.entity.Centroid;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A local workplace that specialists visit. Archived, never deleted, so that its visit history survives. */
@Entity
@Table(name = "employer")
public class Employer {

    public static final int NAME_LENGTH = 200;
    public static final int NACE_LENGTH = 6;
    public static final int WEBSITE_LENGTH = 300;
    public static final int PHONE_LENGTH = 30;
    public static final int NEEDS_LENGTH = 4000;
    public static final int REASON_LENGTH = 500;
    public static final int TAG_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "country", length = 2, nullable = false)
    private Country country;

    @Column(name = "org_number", length = 9, nullable = false)
    private String orgNumber;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "nace_code", length = NACE_LENGTH, nullable = false)
    private String naceCode;

    @Column(name = "employees")
    private Integer employees;

    @Embedded
    private Address address;

    /** The coordinates are the postcode's centroid, not the workplace's own position. */
    @Column(name = "position_approximate", nullable = false)
    private boolean positionApproximate;

    /** The register unit the employer was taken from (ENHET, UNDERENHET or P_UNIT and its number), if any. */
    @Column(name = "register_kind", length = 12)
    private String registerKind;

    @Column(name = "register_number", length = 10)
    private String registerNumber;

    /** A Danish workplace's P-number, beside its CVR number. */
    @Column(name = "p_number", length = 10)
    private String pNumber;

    /** The register's fields a person has changed since the employer was taken from it; a re-import leaves them. */
    @Column(name = "set_by_hand", length = 100)
    private String setByHand;

    @Column(name = "register_closed_on")
    private java.time.LocalDate registerClosedOn;

    @Column(name = "website", length = WEBSITE_LENGTH)
    private String website;

    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_override", length = 20)
    private RelationshipStage stageOverride;

    @Column(name = "business_needs", length = NEEDS_LENGTH)
    private String businessNeeds;

    @Column(name = "do_not_contact", nullable = false)
    private boolean doNotContact;

    @Column(name = "do_not_contact_reason", length = REASON_LENGTH)
    private String doNotContactReason;

    @ElementCollection(fetch = FetchType.EAGER)
    // a page of employers reads its tags in one IN query, not one query per employer
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "employer_tag", joinColumns = @JoinColumn(name = "employer_id"))
    @Column(name = "tag", length = TAG_LENGTH)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Employer() {
    }

    public Employer(Country country, String orgNumber, EmployerProfile profile, Instant now) {
        this.createdAt = now;
        identify(country, orgNumber);
        describe(profile, now);
    }

    /** Sets the registration; the caller has checked the number is valid and not taken. */
    public void identify(Country country, String orgNumber) {
        OrganisationNumber.problem(country, orgNumber).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        this.country = country;
        this.orgNumber = orgNumber;
    }

    public void describe(EmployerProfile profile, Instant now) {
        if (registerKind != null) {
            noteHandChanges(profile);
        }
        this.name = profile.name().trim();
        this.naceCode = profile.naceCode();
        this.employees = profile.employees();
        this.address = profile.address();
        this.positionApproximate = false;
        this.website = profile.website();
        this.phone = profile.phone();
        this.businessNeeds = profile.businessNeeds();
        this.stageOverride = profile.stageSetByHand();
        this.doNotContact = profile.doNotContact();
        this.doNotContactReason = profile.doNotContact() ? profile.doNotContactReason() : null;
        this.tags = new TreeSet<>(profile.tags());
        this.updatedAt = now;
    }

    /**
     * Places an employer that has no coordinates at its postcode's centroid, marked approximate. Coordinates that
     * equal the centroid are the approximation sent back unchanged by a client, and stay approximate; any others
     * were set by a person and are exact.
     */
    public void locate(Optional<Centroid> postcodeCentre) {
        if (address == null || postcodeCentre.isEmpty()) {
            return;
        }
        Centroid centre = postcodeCentre.get();
        if (!address.hasCoordinates()) {
            address = address.at(centre.latitude(), centre.longitude());
            positionApproximate = true;
        } else {
            positionApproximate = centre.isAt(address.latitude(), address.longitude());
        }
    }

    /** Links the employer to the register unit it is taken from. */
    public void takenFrom(String kind, String number, String pNumber, java.time.LocalDate closedOn) {
        this.registerKind = kind;
        this.registerNumber = number;
        this.pNumber = pNumber;
        this.registerClosedOn = closedOn;
        this.setByHand = null;
    }

    /** A field the register keeps that a person changes is theirs from now on: a re-import leaves it. */
    private void noteHandChanges(EmployerProfile next) {
        java.util.Set<String> fields = new java.util.TreeSet<>(handSetFields());
        if (!java.util.Objects.equals(name, next.name().trim())) {
            fields.add("name");
        }
        if (!java.util.Objects.equals(naceCode, next.naceCode())) {
            fields.add("naceCode");
        }
        if (!java.util.Objects.equals(employees, next.employees())) {
            fields.add("employees");
        }
        Address after = next.address();
        if (address == null ? after != null : after == null || !java.util.Objects.equals(address.street(), after.street())
                || !java.util.Objects.equals(address.postcode(), after.postcode())
                || !java.util.Objects.equals(address.city(), after.city())
                || !java.util.Objects.equals(address.municipalityCode(), after.municipalityCode())) {
            fields.add("address");
        }
        setByHand = fields.isEmpty() ? null : String.join(",", fields);
    }

    public java.util.Set<String> handSetFields() {
        return setByHand == null || setByHand.isBlank() ? java.util.Set.of() : java.util.Set.of(setByHand.split(","));
    }

    public String registerKind() {
        return registerKind;
    }

    public String registerNumber() {
        return registerNumber;
    }

    public String pNumber() {
        return pNumber;
    }

    public java.time.LocalDate registerClosedOn() {
        return registerClosedOn;
    }

    public boolean positionApproximate() {
        return positionApproximate;
    }

    public void archive(Instant now) {
        if (archivedAt == null) {
            archivedAt = now;
            updatedAt = now;
        }
    }

    public void restore(Instant now) {
        archivedAt = null;
        updatedAt = now;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** The hand-set stage wins; otherwise the stage follows the contact history. */
    public RelationshipStage stage(ContactSummary contacts, Instant now) {
        return stageOverride != null ? stageOverride : RelationshipStage.derive(contacts, now);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Country country() {
        return country;
    }

    public String orgNumber() {
        return orgNumber;
    }

    public String name() {
        return name;
    }

    public String naceCode() {
        return naceCode;
    }

    public Integer employees() {
        return employees;
    }

    public Address address() {
        return address;
    }

    public String website() {
        return website;
    }

    public String phone() {
        return phone;
    }

    public RelationshipStage stageSetByHand() {
        return stageOverride;
    }

    public String businessNeeds() {
        return businessNeeds;
    }

    public boolean doNotContact() {
        return doNotContact;
    }

    public String doNotContactReason() {
        return doNotContactReason;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
