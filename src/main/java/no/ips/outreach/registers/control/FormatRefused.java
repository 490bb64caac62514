package no.ips.outreach.registers.control;

import java.util.Arrays;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;

/**
 * A file that is not the bulk format expected, found out from its first bytes or its header, before any import. It
 * names a bundle key, so the administrator who starts the import reads it in their language; the message (logged, and
 * kept as a failed import's reason) is English.
 */
public class FormatRefused extends Exception {

    private final String key;
    private final String[] arguments;

    public FormatRefused(String key, Object... arguments) {
        this(key, Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
    }

    // line and record numbers as strings: MessageFormat would group their digits (line 1 204)
    private FormatRefused(String key, String[] arguments) {
        super(Messages.get(Language.EN, key, (Object[]) arguments));
        this.key = key;
        this.arguments = arguments;
    }

    public String text(Language language) {
        return Messages.get(language, key, (Object[]) arguments);
    }
}
