package no.ips.outreach.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Speaking;
import org.junit.jupiter.api.Test;

class FollowAlongCadenceTest {

    private final FollowAlongCadence cadence = new FollowAlongCadence(7, 30);
    private final LocalDate started = LocalDate.of(2026, 11, 2);

    @Test
    void weeklyInTheFirstMonthOfTheJobCountedFromTheLastContact() {
        assertThat(cadence.nextDue(started, null)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(cadence.nextDue(started, LocalDate.of(2026, 11, 12))).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void monthlyOnceTheFirstMonthIsOver() {
        assertThat(cadence.nextDue(started, LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(cadence.nextDue(started, LocalDate.of(2026, 12, 1))).as("the 29th day is still the first month")
                .isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void aContactBeforeTheJobStartedDoesNotCount() {
        assertThat(cadence.nextDue(started, LocalDate.of(2026, 10, 20))).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(cadence.explain(started, LocalDate.of(2026, 10, 20))).contains("no contact since the job started on 2026-11-02");
    }

    @Test
    void theSentenceSaysWhichRhythmApplies() {
        assertThat(cadence.explain(started, LocalDate.of(2026, 11, 12))).contains("every 7 days in the first month")
                .contains("last contact on their behalf 2026-11-12");
        assertThat(cadence.explain(started, LocalDate.of(2027, 1, 5))).contains("every 30 days after the first month");
    }

    @Test
    void anIntervalBelowOneDayIsAConfigurationError() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FollowAlongCadence(0, 30));
    }

    @Test
    void theReasonIsWrittenInTheSpecialistsLanguage() {
        FollowAlongCadence cadence = new FollowAlongCadence(7, 30);
        LocalDate started = LocalDate.of(2026, 11, 2);

        assertThat(Speaking.in(Language.NB, () -> cadence.explain(started, null)))
                .isEqualTo("Oppfølging i jobb er på tide (hver 7. dag den første måneden i jobben); ingen kontakt siden jobben startet 2026-11-02");
        assertThat(Speaking.in(Language.DA, () -> cadence.explain(started, LocalDate.of(2027, 1, 5))))
                .isEqualTo("Støtte i job er på tide (hver 30. dag efter den første måned); seneste kontakt for deltageren 2027-01-05");
    }
}
