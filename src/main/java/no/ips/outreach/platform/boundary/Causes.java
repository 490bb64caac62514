package no.ips.outreach.platform.boundary;

import java.util.Optional;
import java.util.regex.Pattern;

/** Helpers for reading the cause chain of an exception the container wrapped. */
final class Causes {

    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

    private Causes() {
    }

    static <T extends Throwable> Optional<T> find(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    static boolean anyNamed(Throwable exception, String simpleName) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** Clients see "VisitMode.FOO", not the Java package it lives in. */
    static String withoutJavaNames(String message) {
        return QUALIFIED_NAME.matcher(message).replaceAll("$1");
    }
}
