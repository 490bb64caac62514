package no.ips.outreach.visits.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ContactFactsTest {

    private static ContactFacts at(String instant) {
        return ContactFacts.of(Instant.parse(instant), VisitMode.IN_PERSON, 60, 30, ContactQuality.DESCRIBES_STRENGTHS,
                true);
    }

    private static ContactFacts by(VisitMode mode, int meetingMinutes, int travelMinutes) {
        return ContactFacts.of(Instant.parse("2026-11-24T09:00:00Z"), mode, meetingMinutes, travelMinutes,
                ContactQuality.ASKS_ABOUT_OPENINGS, false);
    }

    @Test
    void aLateEveningVisitInWinterIsOnTheNextDayInOslo() {
        // CET is UTC+1: 23:30Z is 00:30 the next day, 22:30Z still 23:30 the same day
        assertThat(at("2026-03-28T23:30:00Z").day()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(at("2026-03-28T22:30:00Z").day()).isEqualTo(LocalDate.of(2026, 3, 28));
    }

    @Test
    void aLateEveningVisitInSummerIsOnTheNextDayInOslo() {
        // CEST is UTC+2: 22:30Z is 00:30 the next day, 21:30Z still 23:30 the same day
        assertThat(at("2026-06-30T22:30:00Z").day()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(at("2026-06-30T21:30:00Z").day()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void theFactsKeepWhatWasLogged() {
        ContactFacts facts = ContactFacts.of(Instant.parse("2026-11-24T09:00:00Z"), VisitMode.VIDEO, 25, 0,
                ContactQuality.FOLLOWS_UP_OPENINGS, true);
        assertThat(facts).isEqualTo(new ContactFacts(LocalDate.of(2026, 11, 24), VisitMode.VIDEO, 25, 0,
                ContactQuality.FOLLOWS_UP_OPENINGS, true));
    }

    @ParameterizedTest
    @CsvSource({"IN_PERSON, 60, 30, 90", "EVENT, 120, 20, 140", "PHONE, 15, 0, 0", "VIDEO, 45, 10, 0",
        "EMAIL, 5, 30, 0"})
    void onlyMeetingsInPersonAndEventsTakeTheSpecialistIntoTheCommunity(VisitMode mode, int meeting, int travel,
            int community) {
        assertThat(by(mode, meeting, travel).communityMinutes()).isEqualTo(community);
    }

    @Test
    void onlyAMeetingInPersonIsFaceToFace() {
        assertThat(by(VisitMode.IN_PERSON, 60, 30).faceToFace()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = VisitMode.class, names = "IN_PERSON", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherModeIsNotFaceToFace(VisitMode mode) {
        assertThat(by(mode, 60, 30).faceToFace()).isFalse();
    }
}
