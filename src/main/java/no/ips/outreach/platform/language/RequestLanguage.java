package no.ips.outreach.platform.language;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The language of the request this thread is serving. The caller's stored preference wins, then the
 * {@code Accept-Language} header, then {@link Language#DEFAULT}. It is worked out once, when something first needs a
 * word, so that requests that write none never read the preference. Outside a request (logs, unit tests) it is
 * English, the operators' language.
 */
public final class RequestLanguage {

    private static final Logger LOG = Logger.getLogger(RequestLanguage.class.getName());
    private static final ThreadLocal<RequestLanguage> CURRENT = new ThreadLocal<>();

    private final String acceptLanguage;
    private final Supplier<Optional<Language>> stored;
    private Language resolved;

    RequestLanguage(String acceptLanguage, Supplier<Optional<Language>> stored) {
        this.acceptLanguage = acceptLanguage;
        this.stored = stored;
    }

    public static Language current() {
        RequestLanguage request = CURRENT.get();
        return request == null ? Language.EN : request.resolve();
    }

    /** The header's choice only, for answers given when the stored preference cannot be read (the database is down). */
    public static Language requested() {
        RequestLanguage request = CURRENT.get();
        return request == null ? Language.EN : Language.fromAcceptLanguage(request.acceptLanguage).orElse(Language.DEFAULT);
    }

    /** {@code stored} reads the caller's stored preference, if there is a caller; asked at most once. */
    static void begin(String acceptLanguage, Supplier<Optional<Language>> stored) {
        CURRENT.set(new RequestLanguage(acceptLanguage, stored));
    }

    static void end() {
        CURRENT.remove();
    }

    /** Forgets what was worked out, after the caller changed their preference in this request. */
    public static void reset() {
        RequestLanguage request = CURRENT.get();
        if (request != null) {
            request.resolved = null;
        }
    }

    private Language resolve() {
        if (resolved == null) {
            resolved = stored().or(() -> Language.fromAcceptLanguage(acceptLanguage)).orElse(Language.DEFAULT);
        }
        return resolved;
    }

    private Optional<Language> stored() {
        try {
            return stored.get();
        } catch (RuntimeException unreadable) {
            // an error answer must not fail because the preference cannot be read: the header decides then
            LOG.log(Level.FINE, "Stored language preference not readable", unreadable);
            return Optional.empty();
        }
    }
}
