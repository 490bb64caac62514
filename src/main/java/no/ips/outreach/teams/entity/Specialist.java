package no.ips.outreach.teams.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/**
 * An employment specialist: known by the user name in their token, a member of one team. Their scheduled hours are
 * the denominator of the fidelity scale's "time in the community"; their office is where visit routes start.
 */
@Entity
@Table(name = "specialist")
public class Specialist {

    public static final BigDecimal FULL_TIME_HOURS = new BigDecimal("37.5");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    // scope checks need the team with the specialist: one statement, not two
    @JoinFetch(JoinFetchType.INNER)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    /** Two decimals keep every whole number of minutes exactly (18.75 h is 18 h 45 min); see {@link #exactHours}. */
    @Column(name = "weekly_hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal weeklyHours;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "office_street"))
    @AttributeOverride(name = "postcode", column = @Column(name = "office_postcode"))
    @AttributeOverride(name = "city", column = @Column(name = "office_city"))
    @AttributeOverride(name = "municipalityCode", column = @Column(name = "office_municipality_code"))
    @AttributeOverride(name = "latitude", column = @Column(name = "office_latitude"))
    @AttributeOverride(name = "longitude", column = @Column(name = "office_longitude"))
    private Address office;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Specialist() {
    }

    public Specialist(String username, String displayName, Team team, Instant now) {
        this.username = username;
        this.createdAt = now;
        this.weeklyHours = FULL_TIME_HOURS;
        describe(displayName, team, FULL_TIME_HOURS, null, now);
    }

    public void describe(String displayName, Team team, BigDecimal weeklyHours, Address office, Instant now) {
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName.trim();
        this.team = team;
        this.weeklyHours = weeklyHours == null ? FULL_TIME_HOURS : exactHours(weeklyHours);
        this.office = office;
        this.updatedAt = now;
    }

    /**
     * The working week is the denominator of the time in the community, so it is kept exactly as given: hours that are
     * a whole number of minutes (18.75 is 18 h 45 min). Anything else (18.33) could only be kept rounded, and a
     * rounded week moves the share across a band edge, so it is refused.
     */
    static BigDecimal exactHours(BigDecimal hours) {
        if (hours.multiply(BigDecimal.valueOf(60)).stripTrailingZeros().scale() > 0) {
            throw ProblemException.invalid("weeklyHours", Messages.get("specialist.hours.whole-minutes",
                    hours.toPlainString(), hours.multiply(BigDecimal.valueOf(60)).stripTrailingZeros().toPlainString()));
        }
        return hours.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    public boolean isIn(Team other) {
        return team.id().equals(other.id());
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Team team() {
        return team;
    }

    /** Exactly as given, without the column's padding: 18.75, 37.5, 40. */
    public BigDecimal weeklyHours() {
        BigDecimal plain = weeklyHours.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    public Address office() {
        return office;
    }
}
