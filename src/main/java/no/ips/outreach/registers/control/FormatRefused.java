package no.ips.outreach.registers.control;

import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Wording;

/**
 * A file that is not the bulk format expected, found out from its first bytes or its header, before any import. It
 * names a bundle key, so the administrator who starts the import reads it in their language, and so does whoever
 * reads a failed import's reason later; the exception's message, for the log, is English.
 */
public class FormatRefused extends Exception {

    private final Wording wording;

    public FormatRefused(String key, Object... arguments) {
        this(Wording.of(key, arguments));
    }

    private FormatRefused(Wording wording) {
        super(wording.text(Language.EN));
        this.wording = wording;
    }

    public String text(Language language) {
        return wording.text(language);
    }

    /** What a failed import keeps as its reason. */
    public Wording wording() {
        return wording;
    }
}
