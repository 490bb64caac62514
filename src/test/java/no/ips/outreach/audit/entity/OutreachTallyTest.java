package no.ips.outreach.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.VisitMode;
import org.junit.jupiter.api.Test;

class OutreachTallyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static ContactFacts contact(LocalDate day, VisitMode mode, int meeting, int travel, ContactQuality quality,
            boolean individualized) {
        return new ContactFacts(day, mode, meeting, travel, quality, individualized);
    }

    private static ContactFacts contact(VisitMode mode, ContactQuality quality, boolean individualized) {
        return contact(MONDAY, mode, 60, 30, quality, individualized);
    }

    private static OutreachTally sum(List<ContactFacts> contacts) {
        return contacts.stream().map(OutreachTally::of).reduce(OutreachTally.NONE, OutreachTally::plus);
    }

    @Test
    void aMeetingInPersonIsFaceToFaceWithItsTimeAndQualityLevel() {
        OutreachTally tally = OutreachTally.of(contact(VisitMode.IN_PERSON, ContactQuality.DESCRIBES_STRENGTHS, true));
        assertThat(tally).isEqualTo(new OutreachTally(1, 0, 0, 0, 0, 90, 1, new long[] {0, 0, 0, 1, 0}));
    }

    @Test
    void aCallCountsAsAPhoneContactWithoutTimeOutOrQualityLevel() {
        OutreachTally tally = OutreachTally.of(contact(VisitMode.PHONE, ContactQuality.LEARNS_EMPLOYER_NEEDS, true));
        assertThat(tally).isEqualTo(new OutreachTally(0, 1, 0, 0, 0, 0, 1, new long[5]));
    }

    @Test
    void videoAndEmailAreCountedByModeButAreNotFaceToFace() {
        assertThat(OutreachTally.of(contact(VisitMode.VIDEO, ContactQuality.FOLLOWS_UP_OPENINGS, false)))
                .isEqualTo(new OutreachTally(0, 0, 1, 0, 0, 0, 0, new long[5]));
        assertThat(OutreachTally.of(contact(VisitMode.EMAIL, ContactQuality.DROPS_OFF_APPLICATIONS, false)))
                .isEqualTo(new OutreachTally(0, 0, 0, 1, 0, 0, 0, new long[5]));
    }

    @Test
    void anEventTakesTimeInTheCommunityButIsNotAFaceToFaceContact() {
        OutreachTally tally = OutreachTally.of(contact(MONDAY, VisitMode.EVENT, 120, 20,
                ContactQuality.LEARNS_EMPLOYER_NEEDS, false));
        assertThat(tally).isEqualTo(new OutreachTally(0, 0, 0, 0, 1, 140, 0, new long[5]));
    }

    @Test
    void qualityLevelsCountOnlyTheFaceToFaceContacts() {
        OutreachTally tally = sum(List.of(
                contact(VisitMode.IN_PERSON, ContactQuality.DROPS_OFF_APPLICATIONS, false),
                contact(VisitMode.IN_PERSON, ContactQuality.LEARNS_EMPLOYER_NEEDS, true),
                contact(VisitMode.IN_PERSON, ContactQuality.LEARNS_EMPLOYER_NEEDS, true),
                contact(VisitMode.PHONE, ContactQuality.LEARNS_EMPLOYER_NEEDS, true),
                contact(VisitMode.EVENT, ContactQuality.ASKS_ABOUT_OPENINGS, false),
                contact(VisitMode.EMAIL, ContactQuality.FOLLOWS_UP_OPENINGS, false)));
        assertThat(tally.qualityLevels()).containsExactly(1, 0, 0, 0, 2);
        assertThat(tally.faceToFace()).isEqualTo(3);
        assertThat(tally.individualized()).isEqualTo(3);
        assertThat(tally.communityMinutes()).isEqualTo(4 * 90);
    }

    @Test
    void everyContactCountsWhateverItsModeButOnlyTheFaceToFaceOnesAreNotOther() {
        OutreachTally tally = new OutreachTally(7, 3, 2, 4, 1, 0, 0, new long[5]);
        assertThat(tally.contacts()).isEqualTo(17);
        assertThat(tally.otherContacts()).isEqualTo(10);
        assertThat(OutreachTally.NONE.contacts()).isZero();
    }

    @Test
    void repeatedVisitsToTheSameEmployerInOneWeekEachCount() {
        List<LoggedContact> log = List.of(
                new LoggedContact(0, "kari", 42, null, contact(MONDAY, VisitMode.IN_PERSON, 30, 20,
                        ContactQuality.DESCRIBES_STRENGTHS, true)),
                new LoggedContact(0, "kari", 42, null, contact(MONDAY, VisitMode.IN_PERSON, 45, 20,
                        ContactQuality.LEARNS_EMPLOYER_NEEDS, true)),
                new LoggedContact(0, "kari", 42, null, contact(MONDAY.plusDays(3), VisitMode.IN_PERSON, 60, 20,
                        ContactQuality.LEARNS_EMPLOYER_NEEDS, false)));
        OutreachTally tally = sum(log.stream().map(LoggedContact::facts).toList());
        assertThat(tally.faceToFace()).isEqualTo(3);
        assertThat(tally.communityMinutes()).isEqualTo(50 + 65 + 80);
    }

    @Test
    void addingATallyAndItsNegationLeavesNothing() {
        OutreachTally tally = new OutreachTally(6, 2, 1, 3, 1, 615, 9, new long[] {1, 0, 2, 2, 1});
        assertThat(tally.plus(tally.negated())).isEqualTo(OutreachTally.NONE);
        assertThat(tally.negated()).isEqualTo(new OutreachTally(-6, -2, -1, -3, -1, -615, -9,
                new long[] {-1, 0, -2, -2, -1}));
    }

    @Test
    void tallyingAContactAndTakingItBackRestoresTheDay() {
        OutreachTally day = sum(List.of(contact(VisitMode.IN_PERSON, ContactQuality.DESCRIBES_STRENGTHS, true),
                contact(VisitMode.PHONE, ContactQuality.ASKS_ABOUT_OPENINGS, false)));
        OutreachTally corrected = OutreachTally.of(contact(VisitMode.IN_PERSON, ContactQuality.FOLLOWS_UP_OPENINGS,
                false));
        OutreachTally after = day.plus(corrected).plus(corrected.negated());
        assertThat(after).isEqualTo(day).hasSameHashCodeAs(day);
    }

    @Test
    void sumsAddEachField() {
        OutreachTally a = new OutreachTally(1, 2, 3, 4, 5, 60, 7, new long[] {1, 0, 0, 0, 0});
        OutreachTally b = new OutreachTally(10, 20, 30, 40, 50, 600, 70, new long[] {0, 0, 3, 0, 7});
        assertThat(a.plus(b)).isEqualTo(new OutreachTally(11, 22, 33, 44, 55, 660, 77, new long[] {1, 0, 3, 0, 7}));
        assertThat(a.plus(OutreachTally.NONE)).isEqualTo(a);
    }

    @Test
    void talliesDifferingInAnyFieldAreNotEqual() {
        OutreachTally base = new OutreachTally(1, 1, 1, 1, 1, 90, 1, new long[] {0, 0, 0, 1, 0});
        assertThat(base).isNotEqualTo(new OutreachTally(1, 1, 2, 1, 1, 90, 1, new long[] {0, 0, 0, 1, 0}))
                .isNotEqualTo(new OutreachTally(1, 1, 1, 2, 1, 90, 1, new long[] {0, 0, 0, 1, 0}))
                .isNotEqualTo(new OutreachTally(1, 1, 1, 1, 2, 90, 1, new long[] {0, 0, 0, 1, 0}))
                .isNotEqualTo(new OutreachTally(1, 1, 1, 1, 1, 90, 1, new long[] {0, 0, 1, 0, 0}));
    }

    @Test
    void theQualityCountsCannotBeChangedFromOutside() {
        long[] levels = {0, 0, 0, 1, 0};
        OutreachTally tally = new OutreachTally(1, 0, 0, 0, 0, 90, 1, levels);
        levels[3] = 99;
        tally.qualityLevels()[3] = 99;
        assertThat(tally.qualityLevels()).containsExactly(0, 0, 0, 1, 0);
    }

    @Test
    void thereIsOneCountPerQualityLevel() {
        assertThatThrownBy(() -> new OutreachTally(0, 0, 0, 0, 0, 0, 0, new long[4]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contactsAreSummedPerOsloDayInDateOrder() {
        ContactFacts lateMonday = ContactFacts.of(Instant.parse("2026-11-23T23:30:00Z"), VisitMode.IN_PERSON, 60, 30,
                ContactQuality.DESCRIBES_STRENGTHS, true);
        ContactFacts tuesday = contact(MONDAY.plusDays(1), VisitMode.PHONE, 10, 0, ContactQuality.ASKS_ABOUT_OPENINGS,
                false);
        ContactFacts monday = contact(MONDAY, VisitMode.IN_PERSON, 30, 15, ContactQuality.LEARNS_EMPLOYER_NEEDS, false);
        ContactFacts mondayAgain = contact(MONDAY, VisitMode.IN_PERSON, 45, 15, ContactQuality.LEARNS_EMPLOYER_NEEDS,
                true);

        Map<LocalDate, OutreachTally> days = OutreachTally.byDay(List.of(lateMonday, tuesday, monday, mondayAgain));

        assertThat(days).containsExactly(
                Map.entry(MONDAY, new OutreachTally(2, 0, 0, 0, 0, 105, 1, new long[] {0, 0, 0, 0, 2})),
                Map.entry(MONDAY.plusDays(1), new OutreachTally(1, 1, 0, 0, 0, 90, 1, new long[] {0, 0, 0, 1, 0})));
    }

    @Test
    void noContactsMeanNoDays() {
        assertThat(OutreachTally.byDay(List.of())).isEmpty();
    }
}
