package no.ips.outreach.platform.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jakarta.inject.Inject;

/** Users' stored language choices; read once per request that writes words, never cached across requests. */
@ApplicationScoped
public class LanguagePreferences {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<Language> of(String username) {
        return Optional.ofNullable(em.find(UserLanguage.class, username)).map(UserLanguage::language);
    }

    @Transactional
    public void choose(String username, Language language) {
        Instant now = clock.instant();
        UserLanguage stored = em.find(UserLanguage.class, username);
        if (stored == null) {
            em.persist(new UserLanguage(username, language, now));
        } else {
            stored.choose(language, now);
        }
        RequestLanguage.reset();
    }

    @Transactional
    public void forget(String username) {
        UserLanguage stored = em.find(UserLanguage.class, username);
        if (stored != null) {
            em.remove(stored);
        }
        RequestLanguage.reset();
    }
}
