package no.ips.outreach.employers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelationshipStageTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private static ContactSummary lastContact(Duration ago, long faceToFace) {
        Instant last = NOW.minus(ago);
        return new ContactSummary(Math.max(1, faceToFace), faceToFace, last, faceToFace > 0 ? last : null);
    }

    @Test
    void anEmployerNoOneHasContactedIsAProspect() {
        assertThat(RelationshipStage.derive(ContactSummary.none(), NOW)).isEqualTo(RelationshipStage.PROSPECT);
        assertThat(RelationshipStage.derive(null, NOW)).isEqualTo(RelationshipStage.PROSPECT);
    }

    @Test
    void oneRecentContactMakesItContacted() {
        assertThat(RelationshipStage.derive(lastContact(Duration.ofDays(3), 0), NOW)).isEqualTo(RelationshipStage.CONTACTED);
    }

    @Test
    void oneFaceToFaceMeetingIsNotYetEngaged() {
        assertThat(RelationshipStage.derive(lastContact(Duration.ofDays(3), 1), NOW)).isEqualTo(RelationshipStage.CONTACTED);
    }

    @Test
    void twoFaceToFaceMeetingsMakeItEngaged() {
        assertThat(RelationshipStage.derive(lastContact(Duration.ofDays(3), 2), NOW)).isEqualTo(RelationshipStage.ENGAGED);
    }

    @Test
    void manyPhoneCallsWithoutMeetingsStayContacted() {
        var calls = new ContactSummary(12, 0, NOW.minus(Duration.ofDays(1)), null);
        assertThat(RelationshipStage.derive(calls, NOW)).isEqualTo(RelationshipStage.CONTACTED);
    }

    @Test
    void lastContactExactly180DaysAgoIsNotYetDormant() {
        assertThat(RelationshipStage.derive(lastContact(Duration.ofDays(180), 2), NOW)).isEqualTo(RelationshipStage.ENGAGED);
    }

    @Test
    void lastContact181DaysAgoIsDormantEvenForAnEngagedEmployer() {
        assertThat(RelationshipStage.derive(lastContact(Duration.ofDays(181), 5), NOW)).isEqualTo(RelationshipStage.DORMANT);
    }

    @Test
    void dormancyStartsTheMomentMoreThan180DaysHavePassed() {
        var justOver = lastContact(Duration.ofDays(180).plusSeconds(1), 0);
        assertThat(RelationshipStage.derive(justOver, NOW)).isEqualTo(RelationshipStage.DORMANT);
    }

    @Test
    void contactHistoryAloneNeverMakesAHiringPartner() {
        for (int days = 0; days <= 400; days += 20) {
            for (int meetings = 0; meetings <= 10; meetings++) {
                assertThat(RelationshipStage.derive(lastContact(Duration.ofDays(days), meetings), NOW))
                        .isNotEqualTo(RelationshipStage.HIRING_PARTNER);
            }
        }
    }
}
