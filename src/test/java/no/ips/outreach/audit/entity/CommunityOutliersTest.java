package no.ips.outreach.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.VisitMode;
import org.junit.jupiter.api.Test;

class CommunityOutliersTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private long ids;

    private LoggedContact contact(String specialist, LocalDate day, int hour, VisitMode mode, int meeting, int travel) {
        Instant at = day.atTime(hour, 0).atZone(ContactFacts.ZONE).toInstant();
        return new LoggedContact(++ids, specialist, 7, at,
                ContactFacts.of(at, mode, meeting, travel, ContactQuality.LEARNS_EMPLOYER_NEEDS, false));
    }

    @Test
    void theLongestVisitsAndDaysComeFirstWithTheirShareOfTheFigure() {
        List<LoggedContact> contacts = new ArrayList<>(List.of(
                contact("kari", MONDAY, 9, VisitMode.IN_PERSON, 60, 20),
                contact("kari", MONDAY, 13, VisitMode.IN_PERSON, 60, 20),
                contact("ola", MONDAY, 9, VisitMode.EVENT, 480, 120),
                contact("ola", MONDAY.plusDays(1), 9, VisitMode.PHONE, 300, 0)));
        for (int day = 1; day <= 6; day++) {
            contacts.add(contact("kari", MONDAY.plusDays(day), 10, VisitMode.IN_PERSON, 30, day));
        }

        CommunityOutliers outliers = CommunityOutliers.of(contacts);

        assertThat(outliers.communityMinutes()).isEqualTo(80 + 80 + 600 + 6 * 30 + 21);
        assertThat(outliers.longestVisits()).hasSize(CommunityOutliers.SHOWN);
        assertThat(outliers.longestVisits()).extracting(CommunityOutliers.LongVisit::communityMinutes)
                .containsExactly(600, 80, 80, 36, 35);
        assertThat(outliers.longestVisits().get(1).startedAt()).isBefore(outliers.longestVisits().get(2).startedAt());
        assertThat(outliers.longestDays().get(0)).isEqualTo(new CommunityOutliers.LongDay("ola", MONDAY, 1, 600));
        assertThat(outliers.longestDays().get(1)).isEqualTo(new CommunityOutliers.LongDay("kari", MONDAY, 2, 160));
        assertThat(outliers.percentOf(600)).isCloseTo(100.0 * 600 / 961, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void withoutTimeInTheCommunityThereIsNothingToShowAndNoShare() {
        CommunityOutliers outliers = CommunityOutliers.of(List.of(contact("kari", MONDAY, 9, VisitMode.PHONE, 20, 0)));
        assertThat(outliers.longestVisits()).isEmpty();
        assertThat(outliers.longestDays()).isEmpty();
        assertThat(outliers.percentOf(0)).isNull();
    }
}
