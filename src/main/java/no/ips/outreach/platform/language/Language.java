package no.ips.outreach.platform.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the service writes in: Norwegian bokmål (the default), Danish and English. JSON codes and enum
 * values never change with it; only the words a person reads do.
 */
public enum Language {
    NB("nb", Locale.forLanguageTag("nb-NO")),
    DA("da", Locale.forLanguageTag("da-DK")),
    EN("en", Locale.forLanguageTag("en-GB"));

    public static final Language DEFAULT = NB;

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** A language tag as people write it: {@code nb}, {@code no}, {@code nn} and {@code nb-NO} are bokmål; case ignored. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return switch (primary) {
            case "nb", "no", "nn" -> Optional.of(NB);
            case "da" -> Optional.of(DA);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** The first language of an {@code Accept-Language} header that the service speaks, by the header's weights. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return ranges.stream().filter(range -> range.getWeight() > 0)
                .map(range -> of(range.getRange())).flatMap(Optional::stream).findFirst();
    }

    /** The codes, for messages that list them. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
