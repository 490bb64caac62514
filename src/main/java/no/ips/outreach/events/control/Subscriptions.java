package no.ips.outreach.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.ips.outreach.events.entity.EventType;
import no.ips.outreach.events.entity.WebhookSubscription;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;

/** Webhook subscriptions: registered, changed and deleted by an administrator, each checked whole before it is kept. */
@ApplicationScoped
@Transactional
public class Subscriptions {

    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final int MIN_SECRET_BYTES = 24;
    private static final int MAX_SECRET_BYTES = 64;
    private static final int MAX_URL = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    /** What an administrator asks for; a null secret means "generate one". */
    public record Request(String url, List<String> eventTypes, String secret) {
    }

    public List<WebhookSubscription> all() {
        return em.createQuery("SELECT s FROM WebhookSubscription s ORDER BY s.id", WebhookSubscription.class)
                .getResultList();
    }

    public WebhookSubscription find(long id) {
        WebhookSubscription s = em.find(WebhookSubscription.class, id);
        if (s == null) {
            throw ProblemException.notFound("subscription", id);
        }
        return s;
    }

    public WebhookSubscription register(Request request, String by) {
        Checked checked = check(request);
        WebhookSubscription s = new WebhookSubscription(checked.url(), checked.types(),
                checked.secret() == null ? generatedSecret() : checked.secret(), by, clock.instant());
        em.persist(s);
        em.flush();
        return s;
    }

    /** Changes URL and types, and the secret if one is given (else the old one stays). */
    public WebhookSubscription change(long id, long expectedVersion, Request request) {
        WebhookSubscription s = find(id);
        ProblemException.requireVersion("subscription", s.version(), expectedVersion);
        Checked checked = check(request);
        s.change(checked.url(), checked.types(), checked.secret() == null ? s.secret() : checked.secret());
        em.flush();
        return s;
    }

    public void delete(long id, long expectedVersion) {
        WebhookSubscription s = find(id);
        ProblemException.requireVersion("subscription", s.version(), expectedVersion);
        em.createQuery("DELETE FROM WebhookDelivery d WHERE d.subscriptionId = :id").setParameter("id", id)
                .executeUpdate();
        em.remove(s);
    }

    private record Checked(String url, Set<EventType> types, String secret) {
    }

    static String generatedSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    private static Checked check(Request request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String url = request.url() == null ? "" : request.url().trim();
        if (!validUrl(url)) {
            errors.add(new Problem.FieldError("url", Messages.get("events.subscription.url", String.valueOf(MAX_URL))));
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        if (request.eventTypes() == null || request.eventTypes().isEmpty()) {
            errors.add(new Problem.FieldError("eventTypes", Messages.get("events.subscription.types.empty")));
        } else {
            for (String type : request.eventTypes()) {
                EventType.of(type == null ? "" : type.trim()).ifPresentOrElse(types::add, () -> errors.add(
                        new Problem.FieldError("eventTypes", Messages.get("events.subscription.types.unknown",
                                String.valueOf(type), EventType.names()))));
            }
        }
        String secret = request.secret() == null || request.secret().isBlank() ? null : request.secret().trim();
        if (secret != null && !validSecret(secret)) {
            errors.add(new Problem.FieldError("secret", Messages.get("events.subscription.secret",
                    String.valueOf(MIN_SECRET_BYTES), String.valueOf(MAX_SECRET_BYTES))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Checked(url, types, secret);
    }

    static boolean validUrl(String url) {
        if (url.isEmpty() || url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getUserInfo() == null && uri.getFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static boolean validSecret(String secret) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            return false;
        }
        try {
            int length = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())).length;
            return length >= MIN_SECRET_BYTES && length <= MAX_SECRET_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
