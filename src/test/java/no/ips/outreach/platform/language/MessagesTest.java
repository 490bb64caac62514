package no.ips.outreach.platform.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {

    @Test
    void everyLanguageHasEveryKey() {
        Set<String> english = keys(Language.EN);
        for (Language language : Language.values()) {
            assertThat(keys(language)).as(language.code()).isEqualTo(english);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTextIsAValidPatternAndNoApostropheIsLost(Language language) {
        ResourceBundle bundle = Messages.bundle(language);
        for (String key : keys(language)) {
            String text = bundle.getString(key);
            if (key.startsWith("outreach.")) {
                continue; // validation texts use named placeholders, not MessageFormat
            }
            assertThatCode(() -> new MessageFormat(text)).as(key).doesNotThrowAnyException();
            assertThat(text.replace("''", "")).as(key + ": write '' for an apostrophe").doesNotContain("'");
        }
    }

    @Test
    void aTextIsWrittenInTheAskedLanguageWithItsArguments() {
        assertThat(Messages.get(Language.EN, "problem.not-found.detail", "employer", "12")).isEqualTo("employer 12 does not exist.");
        assertThat(Messages.get(Language.NB, "problem.not-found.detail", "arbeidsgiver", "12")).isEqualTo("arbeidsgiver 12 finnes ikke.");
        assertThat(Messages.get(Language.DA, "problem.not-found.detail", "arbejdsgiver", "12")).isEqualTo("arbejdsgiver 12 findes ikke.");
        assertThat(Messages.get(Language.EN, "problem.unreadable.enum", "X", "A, B")).isEqualTo("'X' is not an allowed value; use one of A, B.");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertThat(Messages.get(Language.NB, "no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void namedPlaceholdersTakeTheConstraintsAttributes() {
        assertThat(ValidationTexts.fill(Messages.raw(Language.NB, "outreach.v.Size"), java.util.Map.of("min", 1, "max", 200)))
                .isEqualTo("må være 1 til 200 lang");
    }

    private static Set<String> keys(Language language) {
        return new TreeSet<>(Collections.list(Messages.bundle(language).getKeys()));
    }
}
