package no.ips.outreach.audit.boundary;

import java.util.List;
import java.util.stream.IntStream;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;

/**
 * The audit's counting rules in the words the worksheet prints them, so that a method supervisor can redo any number
 * by hand. The words are the bundles' {@code audit.rule.1} to {@code audit.rule.12}; the README's audit rules say the
 * same.
 */
final class AuditRules {

    static final int COUNT = 12;

    private AuditRules() {
    }

    static List<String> all(Language language) {
        return IntStream.rangeClosed(1, COUNT).mapToObj(n -> Messages.get(language, "audit.rule." + n)).toList();
    }
}
