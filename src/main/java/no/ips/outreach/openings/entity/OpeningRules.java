package no.ips.outreach.openings.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * The rules an opening's details must keep, all reported at once. Whether the employer, occupation and visit exist
 * is checked against the database by the control layer.
 */
final class OpeningRules {

    static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
    static final BigDecimal MAX_HOURS = new BigDecimal("80");

    private OpeningRules() {
    }

    /**
     * @param keptDeadline the deadline the opening already had: an edit may leave a passed deadline as it is, but
     *                     never set a new one in the past
     */
    static OpeningDetails checked(OpeningDetails d, LocalDate keptDeadline, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.add(new Problem.FieldError("title", "must not be blank"));
        } else if (d.title().length() > JobOpening.TITLE_LENGTH) {
            errors.add(new Problem.FieldError("title", "at most " + JobOpening.TITLE_LENGTH + " characters"));
        }
        if (d.hoursPerWeek() == null || d.hoursPerWeek().compareTo(MIN_HOURS) < 0 || d.hoursPerWeek().compareTo(MAX_HOURS) > 0) {
            errors.add(new Problem.FieldError("hoursPerWeek", "must be between 0.5 and 80 hours a week"));
        } else if (d.hoursPerWeek().stripTrailingZeros().scale() > 1) {
            errors.add(new Problem.FieldError("hoursPerWeek", "at most one decimal, e.g. 18.5"));
        }
        if (d.positions() < 1) {
            errors.add(new Problem.FieldError("positions", "must be at least 1"));
        } else if (d.positions() > JobOpening.MAX_POSITIONS) {
            errors.add(new Problem.FieldError("positions", "at most " + JobOpening.MAX_POSITIONS + " in one opening"));
        }
        LocalDate deadline = d.applicationDeadline();
        if (deadline != null && !deadline.equals(keptDeadline) && deadline.isBefore(today)) {
            errors.add(new Problem.FieldError("applicationDeadline", "cannot be in the past (today is " + today + ")"));
        }
        if (d.source() == null) {
            errors.add(new Problem.FieldError("source", "must be one of " + List.of(OpeningSource.values())));
        } else if (d.source() == OpeningSource.DEVELOPED_THROUGH_VISIT && d.visitId() == null) {
            errors.add(new Problem.FieldError("visitId", "name the visit this job was developed through"));
        } else if (d.source() != OpeningSource.DEVELOPED_THROUGH_VISIT && d.visitId() != null) {
            errors.add(new Problem.FieldError("visitId", "only a job developed through a visit names one; "
                    + "set source to DEVELOPED_THROUGH_VISIT or leave visitId out"));
        }
        if (d.hiddenJobMarket() && d.source() == OpeningSource.ADVERTISED) {
            errors.add(new Problem.FieldError("hiddenJobMarket", "an advertised job is not in the hidden job market"));
        }
        if (d.languages().size() > JobOpening.MAX_LANGUAGES) {
            errors.add(new Problem.FieldError("languages", "at most " + JobOpening.MAX_LANGUAGES + " languages"));
        } else if (d.languages().stream().anyMatch(language -> !language.matches("[a-z]{2,3}"))) {
            errors.add(new Problem.FieldError("languages", "use ISO 639 codes such as no, da, en, ar, so"));
        }
        if (d.workplace() != null && (d.workplace().latitude() == null) != (d.workplace().longitude() == null)) {
            errors.add(new Problem.FieldError("workplace", "give both latitude and longitude, or neither"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return d;
    }
}
