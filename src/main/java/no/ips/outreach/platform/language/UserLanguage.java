package no.ips.outreach.platform.language;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The language one user chose to read the service in. */
@Entity
@Table(name = "user_language")
public class UserLanguage {

    @Id
    private String username;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected UserLanguage() {
    }

    public UserLanguage(String username, Language language, Instant now) {
        this.username = username;
        choose(language, now);
    }

    public void choose(Language language, Instant now) {
        this.language = language.code();
        this.changedAt = now;
    }

    public Language language() {
        return Language.of(language).orElse(Language.DEFAULT);
    }

    public Instant changedAt() {
        return changedAt;
    }
}
