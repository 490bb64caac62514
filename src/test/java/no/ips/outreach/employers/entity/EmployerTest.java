package no.ips.outreach.employers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmployerTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final ContactSummary TWO_RECENT_MEETINGS =
            new ContactSummary(2, 2, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)));

    static EmployerProfile profile(String name, RelationshipStage setByHand) {
        return new EmployerProfile(name, "47.111", 12, null, null, null, null, setByHand, false, null, Set.of());
    }

    @Test
    void withoutAHandSetStageTheStageFollowsTheContactHistory() {
        var employer = new Employer(Country.NO, "923609016", profile("Bakeriet", null), NOW);
        assertThat(employer.stage(ContactSummary.none(), NOW)).isEqualTo(RelationshipStage.PROSPECT);
        assertThat(employer.stage(TWO_RECENT_MEETINGS, NOW)).isEqualTo(RelationshipStage.ENGAGED);
    }

    @Test
    void aHandSetStageWinsOverTheContactHistory() {
        var employer = new Employer(Country.NO, "923609016", profile("Bakeriet", RelationshipStage.DORMANT), NOW);
        assertThat(employer.stage(TWO_RECENT_MEETINGS, NOW)).isEqualTo(RelationshipStage.DORMANT);
    }

    @Test
    void hiringPartnerComesOnlyFromASpecialistSettingIt() {
        var partner = new Employer(Country.NO, "923609016", profile("Bakeriet", RelationshipStage.HIRING_PARTNER), NOW);
        assertThat(partner.stage(ContactSummary.none(), NOW)).isEqualTo(RelationshipStage.HIRING_PARTNER);
        assertThat(partner.stageSetByHand()).isEqualTo(RelationshipStage.HIRING_PARTNER);
    }

    @Test
    void clearingTheHandSetStageReturnsToTheDerivedStage() {
        var employer = new Employer(Country.NO, "923609016", profile("Bakeriet", RelationshipStage.HIRING_PARTNER), NOW);
        employer.describe(profile("Bakeriet", null), NOW);
        assertThat(employer.stage(TWO_RECENT_MEETINGS, NOW)).isEqualTo(RelationshipStage.ENGAGED);
    }

    @Test
    void anInvalidOrganisationNumberCannotBeRegistered() {
        assertThatThrownBy(() -> new Employer(Country.NO, "923609017", profile("Bakeriet", null), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void theNameIsStoredWithoutSurroundingSpaces() {
        var employer = new Employer(Country.DK, "10150817", profile("  Bageriet  ", null), NOW);
        assertThat(employer.name()).isEqualTo("Bageriet");
    }

    @Test
    void aDoNotContactReasonIsKeptOnlyWhileDoNotContactIsSet() {
        var blocked = new EmployerProfile("Bakeriet", "47.111", null, null, null, null, null, null, true, "asked us to stop", Set.of());
        var open = new EmployerProfile("Bakeriet", "47.111", null, null, null, null, null, null, false, "asked us to stop", Set.of());
        var employer = new Employer(Country.NO, "923609016", blocked, NOW);
        assertThat(employer.doNotContactReason()).isEqualTo("asked us to stop");
        employer.describe(open, NOW);
        assertThat(employer.doNotContact()).isFalse();
        assertThat(employer.doNotContactReason()).isNull();
    }

    @Test
    void archivingTwiceKeepsTheFirstArchiveTimeAndRestoringBringsItBack() {
        var employer = new Employer(Country.NO, "923609016", profile("Bakeriet", null), NOW);
        employer.archive(NOW.plusSeconds(60));
        employer.archive(NOW.plusSeconds(120));
        assertThat(employer.isArchived()).isTrue();
        assertThat(employer.archivedAt()).isEqualTo(NOW.plusSeconds(60));
        employer.restore(NOW.plusSeconds(180));
        assertThat(employer.isArchived()).isFalse();
        assertThat(employer.archivedAt()).isNull();
    }

    @Test
    void tagsCannotBeChangedFromOutside() {
        var employer = new Employer(Country.NO, "923609016",
                new EmployerProfile("Bakeriet", "47.111", null, null, null, null, null, null, false, null, Set.of("retail")), NOW);
        assertThatThrownBy(() -> employer.tags().add("sneaky")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(employer.tags()).containsExactly("retail");
    }

    @Test
    void withoutCoordinatesAnEmployerIsPlacedAtItsPostcodeCentreAndAPersonsPositionReplacesIt() {
        var centre = java.util.Optional.of(new no.ips.outreach.registers.entity.Centroid(67.28, 14.405));
        var unplaced = new Address("Storgata 1", "8006", "Bodø", "1804", null, null);
        var employer = new Employer(Country.NO, "923609016", at(unplaced), NOW);

        employer.locate(centre);
        assertThat(employer.positionApproximate()).isTrue();
        assertThat(employer.address().latitude()).isEqualTo(67.28);

        employer.describe(at(employer.address()), NOW);
        employer.locate(centre);
        assertThat(employer.positionApproximate()).as("the centroid sent back unchanged").isTrue();

        employer.describe(at(unplaced.at(67.2841, 14.3746)), NOW);
        employer.locate(centre);
        assertThat(employer.positionApproximate()).isFalse();
        assertThat(employer.address().latitude()).isEqualTo(67.2841);
    }

    @Test
    void anEmployerWithoutAKnownPostcodeStaysWithoutAPosition() {
        var employer = new Employer(Country.NO, "923609016", at(new Address("Ukjent 1", "0000", null, null, null, null)), NOW);
        employer.locate(java.util.Optional.empty());
        assertThat(employer.address().hasCoordinates()).isFalse();
        assertThat(employer.positionApproximate()).isFalse();
    }

    private static EmployerProfile at(Address address) {
        return new EmployerProfile("Bakeriet", "47.111", 12, address, null, null, null, null, false, null, Set.of());
    }

    @Test
    void onAnEmployerTakenFromTheRegisterTheFieldsAPersonChangesAreTheirsFromThenOn() {
        var address = new Address("Storgata 5", "8006", "Bodø", "1804", null, null);
        var employer = new Employer(Country.NO, "923609016", at(address), NOW);
        employer.takenFrom("UNDERENHET", "923609016", null, null);

        employer.describe(at(address), NOW);
        assertThat(employer.handSetFields()).as("the same values again").isEmpty();

        employer.describe(new EmployerProfile("Bakeriet i Sentrum", "47.111", 12, address, null, null, null, null, false,
                null, Set.of()), NOW);
        employer.describe(new EmployerProfile("Bakeriet i Sentrum", "47.111", 14,
                new Address("Storgata 7", "8006", "Bodø", "1804", null, null), null, null, null, null, false, null, Set.of()), NOW);

        assertThat(employer.handSetFields()).containsExactlyInAnyOrder("name", "employees", "address");
    }
}
