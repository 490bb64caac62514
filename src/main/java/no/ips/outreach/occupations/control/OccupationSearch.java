package no.ips.outreach.occupations.control;

import no.ips.outreach.platform.language.Messages;
import java.util.List;
import no.ips.outreach.occupations.entity.OccupationLevel;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * What an occupation picker looks for: words that must all appear in one title or synonym (see {@link OccupationTerms}), a code
 * prefix, a level. Every part is optional; blank text or prefix means no filter.
 */
public record OccupationSearch(String text, String codePrefix, OccupationLevel level) {

    public static final int MAX_TEXT = 100;

    public OccupationSearch {
        text = text == null || text.isBlank() ? null : text.trim();
        codePrefix = codePrefix == null || codePrefix.isBlank() ? null : codePrefix.trim();
        if (text != null && text.length() > MAX_TEXT) {
            throw ProblemException.invalid("q", Messages.get("occupation.q.too-long", String.valueOf(MAX_TEXT)));
        }
        if (codePrefix != null && !codePrefix.matches("\\d{1,4}")) {
            throw ProblemException.invalid("prefix", Messages.get("occupation.prefix.invalid"));
        }
    }

    /** The words of the text, folded: case and accents do not matter. */
    public List<String> words() {
        return text == null ? List.of() : List.of(Folding.fold(text).split("\\s+"));
    }
}
