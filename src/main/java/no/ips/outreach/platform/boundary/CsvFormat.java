package no.ips.outreach.platform.boundary;

import java.util.Optional;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;

/**
 * How a CSV file separates cells and writes decimals and yes/no, so that a double-click opens it right in the
 * reader's Excel: Norwegian and Danish Excel split on {@code ;} and read {@code ,} as the decimal mark, English Excel
 * splits on {@code ,} and reads {@code .}. {@code ?separator=comma} or {@code semicolon} asks for the other.
 */
public record CsvFormat(char separator, char decimalMark, String yes, String no) {

    public static final String PARAMETER = "separator";

    /** The format the English-speaking tests and tools have always read. */
    public static final CsvFormat PLAIN = new CsvFormat(',', '.', "yes", "no");

    public static CsvFormat of(Language language, String separatorParameter) {
        boolean semicolon = separator(separatorParameter).orElse(language != Language.EN);
        return new CsvFormat(semicolon ? ';' : ',', semicolon ? ',' : '.',
                Messages.get(language, "csv.yes"), Messages.get(language, "csv.no"));
    }

    /** {@code semicolon}: true, {@code comma}: false, absent: empty; anything else is refused by {@link CsvFormatFilter}. */
    static Optional<Boolean> separator(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        return switch (parameter.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "semicolon" -> Optional.of(true);
            case "comma" -> Optional.of(false);
            default -> throw new IllegalArgumentException(parameter);
        };
    }
}
