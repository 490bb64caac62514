package no.ips.outreach.platform.language;

import java.util.Optional;
import java.util.function.Supplier;

/** Runs a piece of work as if inside a request in a language, so unit tests can read what a Norwegian or Dane reads. */
public final class Speaking {

    private Speaking() {
    }

    public static <T> T in(Language language, Supplier<T> work) {
        RequestLanguage.begin(language.code(), Optional::empty);
        try {
            return work.get();
        } finally {
            RequestLanguage.end();
        }
    }
}
