package no.ips.outreach.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;

import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Speaking;
import org.junit.jupiter.api.Test;

class WeekProgressTest {

    @Test
    void doneAndPlannedThatReachTheTargetNeedNoWarning() {
        WeekProgress progress = new WeekProgress(6, 2, 4, 0);

        assertThat(progress.projected()).isEqualTo(6);
        assertThat(progress.warning()).isNull();
    }

    @Test
    void aPlanThatFallsShortSaysHowManyMoreToPlanAndCountsMissedVisitsAsNeither() {
        WeekProgress progress = new WeekProgress(6, 2, 1, 2);

        assertThat(progress.shortBy()).isEqualTo(3);
        assertThat(progress.warning()).isEqualTo("Done and planned reach 3 of the 6 face-to-face employer contacts this "
                + "week; plan 3 more (2 planned visits were missed).");
    }

    @Test
    void doingMoreThanTheTargetIsNeverShort() {
        assertThat(new WeekProgress(6, 8, 0, 1).shortBy()).isZero();
    }

    @Test
    void theWarningIsWrittenInTheSpecialistsLanguage() {
        WeekProgress progress = new WeekProgress(6, 2, 1, 2);

        assertThat(Speaking.in(Language.NB, progress::warning)).isEqualTo("Utførte og planlagte besøk når 3 av 6 "
                + "ansikt-til-ansikt-kontakter med arbeidsgivere denne uka; planlegg 3 til (2 planlagte besøk ble ikke gjennomført).");
        assertThat(Speaking.in(Language.DA, new WeekProgress(6, 4, 0, 0)::warning)).isEqualTo("Udførte og planlagte besøg når 4 af 6 "
                + "personlige arbejdsgiverkontakter i denne uge; planlæg 2 mere.");
    }
}
