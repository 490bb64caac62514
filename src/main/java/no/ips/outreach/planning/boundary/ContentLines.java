package no.ips.outreach.planning.boundary;

import java.util.regex.Pattern;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545 section 3.1). ical4j folds by Java characters, so a
 * line full of æ, ø and å would run to 146 octets; strict clients and CalDAV servers reject such lines.
 */
final class ContentLines {

    private static final int MAX_OCTETS = 75;
    private static final String LINE_BREAK = "\r\n";
    private static final Pattern LINE_BREAKS = Pattern.compile(LINE_BREAK);

    private ContentLines() {
    }

    /** Folds every line of text that ical4j wrote unfolded, as {@code Calendar.toString()} does. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        LINE_BREAKS.splitAsStream(unfolded).forEach(line -> {
            appendFolded(line, folded);
            folded.append(LINE_BREAK);
        });
        return folded.toString();
    }

    private static void appendFolded(String line, StringBuilder folded) {
        int octets = 0;
        for (int codePoint : line.codePoints().toArray()) {
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                // the space that marks a continuation counts towards the next line's 75 octets
                folded.append(LINE_BREAK).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
        }
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
