package no.ips.outreach.occupations.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a search compares it: lower case, without accents, with the Nordic letters spelt as on a keyboard without
 * them (sjåfør and sjafor, bager and bæger meet: æ is ae, ø is o, å is a).
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
