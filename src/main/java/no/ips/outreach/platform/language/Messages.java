package no.ips.outreach.platform.language;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the service writes for people, from one bundle per language ({@code messages_nb.properties},
 * {@code _da}, {@code _en} next to this class's package root). A key missing in a language falls back to English,
 * then to the key itself, so a gap shows and never fails a request. Arguments use {@link MessageFormat}.
 */
public final class Messages {

    static final String BUNDLE = "no.ips.outreach.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text in the language of the current request (see {@link RequestLanguage}). */
    public static String get(String key, Object... arguments) {
        return get(RequestLanguage.current(), key, arguments);
    }

    public static String get(Language language, String key, Object... arguments) {
        // always through MessageFormat, so that every text in the bundles follows one quoting rule ('' for ')
        return new MessageFormat(pattern(language, key), language.locale()).format(arguments);
    }

    /** A plain decimal (22.5) with the decimal mark of the current request's language (22,5 in bokmål and Danish). */
    public static String decimal(String plain) {
        return RequestLanguage.current() == Language.EN ? plain : plain.replace('.', ',');
    }

    /** The label of an enum value in the language of the current request. */
    public static String label(Enum<?> value) {
        return label(RequestLanguage.current(), value);
    }

    /** The label of an enum value, as {@code GET /api/v1/labels} gives it: key {@code enum.VisitMode.IN_PERSON}. */
    public static String label(Language language, Enum<?> value) {
        return get(language, "enum." + enumName(value.getDeclaringClass()) + "." + value.name());
    }

    /** An enum's name in the bundles: its simple name; a nested one adds its holder's, less "View" (ReviewView.Status: ReviewStatus). */
    public static String enumName(Class<?> type) {
        Class<?> holder = type.getEnclosingClass();
        return holder == null ? type.getSimpleName() : holder.getSimpleName().replace("View", "") + type.getSimpleName();
    }

    /** Whether any language has this key; labels use it to tell a missing label from a present one. */
    public static boolean has(String key) {
        return bundle(Language.EN).containsKey(key);
    }

    /** The text as written in the bundle, for texts with named placeholders rather than MessageFormat's. */
    public static String raw(Language language, String key) {
        return pattern(language, key);
    }

    private static String pattern(Language language, String key) {
        ResourceBundle bundle = bundle(language);
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        ResourceBundle english = bundle(Language.EN);
        return english.containsKey(key) ? english.getString(key) : key;
    }

    static ResourceBundle bundle(Language language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language.locale().stripExtensions(), Messages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No message bundle for " + language, e);
        }
    }
}
