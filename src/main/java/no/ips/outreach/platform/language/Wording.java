package no.ips.outreach.platform.language;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A sentence for people as its bundle key and arguments rather than as text, for what is written once, in no one's
 * language, and read later in bokmål, Danish or English: a register import's refusals and failure, for example.
 */
public record Wording(String key, String... arguments) {

    /** ASCII's unit separator: it does not occur in the registers' text, so the arguments come back as stored. */
    private static final String SEPARATOR = "\u001f";

    public static Wording of(String key, Object... arguments) {
        // as strings: MessageFormat would group the digits of numbers (organisasjonsnummer 912 345 678)
        return new Wording(key, Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
    }

    /** The form kept in the database. */
    public String stored() {
        return arguments.length == 0 ? key : key + SEPARATOR + String.join(SEPARATOR, arguments);
    }

    /** The text in the language of the current request. */
    public String text() {
        return text(RequestLanguage.current());
    }

    public String text(Language language) {
        return Messages.get(language, key, (Object[]) arguments);
    }

    /** A stored wording in the current request's language; a text stored before wordings, as it was written. */
    public static String read(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(Pattern.quote(SEPARATOR), -1);
        if (!Messages.has(parts[0])) {
            return stored;
        }
        return Messages.get(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }
}
