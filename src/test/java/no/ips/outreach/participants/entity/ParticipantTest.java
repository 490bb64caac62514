package no.ips.outreach.participants.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private final Team bodo = team(1L, "nav-bodo");
    private final Specialist kari = new Specialist("kari", "Kari", bodo, NOW);
    private final Participant participant = new Participant(kari, new ParticipantProfile("HOST-1", "KN", Program.IPS_UNG,
            null, LocalDate.of(2026, 2, 1), ParticipantStatus.JOB_SEARCH, Disclosure.SPECIFIC, "May say she has anxiety"), NOW);

    private static Team team(long id, String code) {
        Team team = new Team(code, code, TeamKind.NAV_OFFICE, null, NOW);
        try {
            var field = Team.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(team, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return team;
    }

    private static JobPreferences baker(String strengths) {
        return new JobPreferences(List.of("7512", "5120"), Set.of("10.7"), Set.of(), null, null, Set.of(Shift.DAY),
                null, 15, new HomeArea("8006", "1804", 67.28, 14.40), false, Set.of("no", "en"), null, "Fagbrev", strengths);
    }

    @Test
    void theSameProfileAsStoredDescribesTheParticipantSpacesAndAnUnusedDisclosureTextAside() {
        assertThat(participant.isDescribedBy(new ParticipantProfile(" HOST-1 ", "KN ", Program.IPS_UNG, null,
                LocalDate.of(2026, 2, 1), ParticipantStatus.JOB_SEARCH, Disclosure.SPECIFIC, "May say she has anxiety "))).isTrue();
        assertThat(participant.isDescribedBy(new ParticipantProfile("HOST-1", "KN", Program.IPS_UNG, null,
                LocalDate.of(2026, 2, 1), ParticipantStatus.EMPLOYED, Disclosure.SPECIFIC, "May say she has anxiety"))).isFalse();
        Participant general = new Participant(kari, new ParticipantProfile("HOST-2", "OH", Program.IPS, null,
                LocalDate.of(2026, 2, 1), ParticipantStatus.JOB_SEARCH, Disclosure.GENERAL, null), NOW);
        assertThat(general.isDescribedBy(new ParticipantProfile("HOST-2", "OH", Program.IPS, null,
                LocalDate.of(2026, 2, 1), ParticipantStatus.JOB_SEARCH, Disclosure.GENERAL, "ignored without SPECIFIC"))).isTrue();
    }

    @Test
    void aDisclosureLevelPermitsItselfAndLessNeverMore() {
        assertThat(Disclosure.GENERAL.permits(Disclosure.NONE)).isTrue();
        assertThat(Disclosure.GENERAL.permits(Disclosure.GENERAL)).isTrue();
        assertThat(Disclosure.GENERAL.permits(Disclosure.SPECIFIC)).isFalse();
        assertThat(Disclosure.NONE.permits(Disclosure.GENERAL)).isFalse();
    }

    @Test
    void statingPreferencesReturnsEachChangedFieldAndKeepsThem() {
        participant.statePreferences(baker("Early riser"), NOW);

        List<FieldChange> changes = participant.statePreferences(baker("Early riser, careful"), NOW);

        assertThat(changes).containsExactly(new FieldChange("strengths", "Early riser", "Early riser, careful"));
        assertThat(participant.preferences()).isEqualTo(baker("Early riser, careful"));
    }

    @Test
    void aParticipantIsHandedOnlyToASpecialistInTheSameTeam() {
        Specialist ola = new Specialist("ola", "Ola", bodo, NOW);
        Specialist per = new Specialist("per", "Per", team(2L, "nav-tromso"), NOW);

        var refused = catchThrowableOfType(ProblemException.class, () -> participant.reassignTo(per, NOW));
        participant.reassignTo(ola, NOW);

        assertThat(refused.problem().errors()).extracting(e -> e.field()).containsExactly("specialist");
        assertThat(refused.problem().errors().get(0).message()).doesNotContain("nav-tromso").doesNotContain("Bodø");
        assertThat(participant.specialist()).isSameAs(ola);
    }

    @Test
    void anonymisingWipesWhatIdentifiesAndKeepsWhatIsCounted() {
        participant.statePreferences(baker("Early riser"), NOW);

        participant.anonymise(NOW);

        ParticipantProfile profile = participant.profile();
        assertThat(profile.externalRef()).isNull();
        assertThat(profile.alias()).isEqualTo(Participant.ANONYMISED_ALIAS);
        assertThat(profile.disclosure()).isEqualTo(Disclosure.NONE);
        assertThat(profile.disclosureText()).isNull();
        assertThat(participant.preferences().strengths()).isNull();
        assertThat(participant.preferences().languages()).isEmpty();
        assertThat(participant.preferences().home().latitude()).isNull();
        assertThat(participant.preferences().home().municipalityCode()).isEqualTo("1804");
        assertThat(participant.preferences().occupations()).containsExactly("7512", "5120");
        assertThat(profile.enrolledOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(catchThrowableOfType(ProblemException.class, () -> participant.moveTo(ParticipantStatus.EMPLOYED, NOW))
                .problem().status()).isEqualTo(409);
    }

    @Test
    void specificDisclosureNeedsTheWordsAndOtherProgrammesNeedAName() {
        var refused = catchThrowableOfType(ProblemException.class, () -> participant.describe(new ParticipantProfile(null,
                "KN", Program.OTHER, " ", LocalDate.of(2026, 2, 1), ParticipantStatus.JOB_SEARCH, Disclosure.SPECIFIC, null), NOW));

        assertThat(refused.problem().errors()).extracting(e -> e.field()).containsExactly("disclosureText", "programLabel");
        assertThat(participant.profile().alias()).isEqualTo("KN");
    }
}
