package no.ips.outreach.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static SuggestionCause cause(long employer, SuggestionReason reason, LocalDate due, Long... participants) {
        return new SuggestionCause(employer, reason, reason.name(), Set.of(participants), due);
    }

    @Test
    void aParticipantWaitingForAnIntroductionComesBeforeKeepingAPartnerWarm() {
        var ranked = Suggestion.rank(List.of(cause(1, SuggestionReason.DORMANT_PARTNER, null),
                cause(2, SuggestionReason.INTRODUCTION_PENDING, null, 7L)), TODAY);

        assertThat(ranked).extracting(Suggestion::employerId).containsExactly(2L, 1L);
        assertThat(ranked.get(0).score()).isEqualTo(90);
    }

    @Test
    void causesForOneEmployerBecomeOneSuggestionServingEveryoneWithTheMostUrgentReasonFirst() {
        var ranked = Suggestion.rank(List.of(cause(5, SuggestionReason.EMPLOYER_TO_APPROACH, null, 1L),
                cause(5, SuggestionReason.FOLLOW_UP_DUE, TODAY.plusDays(2), 2L),
                cause(5, SuggestionReason.FOLLOW_ALONG_DUE, TODAY, 3L)), TODAY);

        assertThat(ranked).hasSize(1);
        Suggestion one = ranked.get(0);
        assertThat(one.causes()).extracting(SuggestionCause::reason).containsExactly(SuggestionReason.FOLLOW_UP_DUE,
                SuggestionReason.FOLLOW_ALONG_DUE, SuggestionReason.EMPLOYER_TO_APPROACH);
        assertThat(one.participantIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(one.score()).as("80 for the follow-up, plus 5 for each of two more reasons").isEqualTo(90);
        assertThat(one.due()).isEqualTo(TODAY);
    }

    @Test
    void overdueDaysRaiseAReasonButNeverPastTheNextKindOfReason() {
        var ranked = Suggestion.rank(List.of(cause(1, SuggestionReason.FOLLOW_UP_DUE, TODAY.minusDays(3)),
                cause(2, SuggestionReason.FOLLOW_UP_DUE, TODAY.plusDays(1)),
                cause(3, SuggestionReason.JOB_SEARCH_STALLED, TODAY.minusDays(40))), TODAY);

        assertThat(ranked).extracting(Suggestion::employerId).containsExactly(3L, 1L, 2L);
        assertThat(ranked).extracting(Suggestion::score).containsExactly(84, 83, 80);
    }

    @Test
    void equalScoresGoToTheEarliestDueThenTheLowestEmployer() {
        var ranked = Suggestion.rank(List.of(cause(9, SuggestionReason.DORMANT_PARTNER, null),
                cause(4, SuggestionReason.DORMANT_PARTNER, null),
                cause(6, SuggestionReason.DORMANT_PARTNER, TODAY.plusDays(3))), TODAY);

        assertThat(ranked).extracting(Suggestion::employerId).containsExactly(6L, 4L, 9L);
    }
}
