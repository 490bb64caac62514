package no.ips.outreach.jobstarts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JobStartTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final LocalDate ENROLLED = LocalDate.of(2026, 2, 1);

    private static JobStartTerms starting(LocalDate start, LocalDate end, String hours) {
        return new JobStartTerms(7, 3, null, start, end, new BigDecimal(hours), "5120", true);
    }

    private static Problem refused(JobStartTerms terms) {
        return catchThrowableOfType(ProblemException.class, () -> new JobStart(terms, ENROLLED, "kari", NOW)).problem();
    }

    @Test
    void aJobCanStartOnTheDayOfEnrolmentButNotBefore() {
        assertThat(new JobStart(starting(ENROLLED, null, "20"), ENROLLED, "kari", NOW).terms().startDate()).isEqualTo(ENROLLED);
        assertThat(refused(starting(ENROLLED.minusDays(1), null, "20")).errors())
                .containsExactly(new Problem.FieldError("startDate", "is before the participant's enrolment on 2026-02-01"));
    }

    @Test
    void endAndHoursMustMakeSenseAndAreReportedTogether() {
        assertThat(refused(starting(ENROLLED.plusDays(10), ENROLLED.plusDays(9), "0.25")).errors())
                .extracting(Problem.FieldError::field).containsExactly("endDate", "hoursPerWeek");
    }

    @Test
    void aJobEndsOnceAndNotBeforeItStarted() {
        JobStart start = new JobStart(starting(ENROLLED.plusDays(10), null, "20"), ENROLLED, "kari", NOW);

        assertThat(catchThrowableOfType(ProblemException.class, () -> start.end(ENROLLED, null)).problem().status()).isEqualTo(400);
        start.end(ENROLLED.plusDays(40), "  seasonal  ");
        assertThat(start.terms().endDate()).isEqualTo(ENROLLED.plusDays(40));
        assertThat(start.endReason()).isEqualTo("seasonal");
        assertThat(catchThrowableOfType(ProblemException.class, () -> start.end(ENROLLED.plusDays(50), null)).problem().status())
                .isEqualTo(409);
    }
}
