package no.ips.outreach.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import no.ips.outreach.planning.entity.CalendarFeed;

/** Each user's one live calendar subscription: made, renewed (the old URL stops working) and revoked. */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    /** A new secret URL's token; any earlier feed of the user is revoked in the same transaction. */
    public CalendarFeed.Issued renew(String username) {
        revoke(username);
        CalendarFeed.Issued issued = CalendarFeed.issue(username, clock.instant());
        em.persist(issued.feed());
        return issued;
    }

    /** Whether anything was revoked. */
    public boolean revoke(String username) {
        var live = em.createQuery("SELECT f FROM CalendarFeed f WHERE f.username = :user AND f.revokedAt IS NULL",
                CalendarFeed.class).setParameter("user", username).getResultList();
        live.forEach(feed -> feed.revoke(clock.instant()));
        return !live.isEmpty();
    }

    public Optional<CalendarFeed> live(String username) {
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.username = :user AND f.revokedAt IS NULL "
                        + "ORDER BY f.createdAt DESC", CalendarFeed.class)
                .setParameter("user", username).setMaxResults(1).getResultStream().findFirst();
    }

    /** The user a live feed with this token belongs to; a revoked or unknown token has none. */
    public Optional<String> owner(String token) {
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash AND f.revokedAt IS NULL",
                        CalendarFeed.class)
                .setParameter("hash", CalendarFeed.hash(token)).getResultStream().findFirst().map(CalendarFeed::username);
    }
}
