package no.ips.outreach.labels.control;

import static org.assertj.core.api.Assertions.assertThat;

import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.visits.entity.VisitMode;
import org.junit.jupiter.api.Test;

class EnumLabelsTest {

    @Test
    void everyValueOfEveryExposedEnumHasALabel() {
        for (Class<? extends Enum<?>> type : EnumLabels.EXPOSED) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "enum." + Messages.enumName(type) + "." + value.name();
                assertThat(Messages.has(key)).as(key).isTrue();
            }
        }
    }

    @Test
    void theLabelsAreInTheAskedLanguageAndKeyedByTheEnglishCodes() {
        assertThat(EnumLabels.in(Language.EN).get("VisitMode")).containsKey("IN_PERSON");
        assertThat(Messages.label(Language.NB, VisitMode.IN_PERSON)).isNotEqualTo(Messages.label(Language.EN, VisitMode.IN_PERSON));
        assertThat(EnumLabels.in(Language.DA).get("ReviewStatus")).containsEntry("SIGNED_OFF", "Godkendt");
        assertThat(EnumLabels.in(Language.NB).get("FidelityItem")).containsEntry("FREQUENT_EMPLOYER_CONTACT",
                "Jobbutvikling – hyppig arbeidsgiverkontakt");
    }
}
