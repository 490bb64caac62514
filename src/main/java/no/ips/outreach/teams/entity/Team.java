package no.ips.outreach.teams.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A NAV office or jobcentre running IPS: the unit within which employers, openings and visits are shared. */
@Entity
@Table(name = "team")
public class Team {

    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private TeamKind kind;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Face-to-face employer contacts a week the team aims for per specialist; null for the configured default. */
    @Column(name = "weekly_visit_target")
    private Integer weeklyVisitTarget;

    @ElementCollection
    @CollectionTable(name = "team_manager", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "username")
    private Set<String> managers = new TreeSet<>();

    protected Team() {
    }

    public Team(String code, String name, TeamKind kind, String municipalityCode, Instant now) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("team code must match " + CODE_PATTERN);
        }
        this.code = code;
        this.createdAt = now;
        rename(name, kind, municipalityCode);
    }

    public void rename(String name, TeamKind kind, String municipalityCode) {
        this.name = name.trim();
        this.kind = kind;
        this.municipalityCode = municipalityCode;
    }

    public void aimFor(Integer weeklyVisitTarget) {
        this.weeklyVisitTarget = weeklyVisitTarget;
    }

    /** Replaces who manages the team; managers read everything in it, so this is a deliberate, whole-list change. */
    public void setManagers(Set<String> usernames) {
        managers.clear();
        usernames.stream().map(String::trim).forEach(managers::add);
    }

    public boolean isManagedBy(String username) {
        return managers.contains(username);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TeamKind kind() {
        return kind;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public Optional<Integer> weeklyVisitTarget() {
        return Optional.ofNullable(weeklyVisitTarget);
    }

    public Set<String> managers() {
        return Collections.unmodifiableSet(managers);
    }
}
