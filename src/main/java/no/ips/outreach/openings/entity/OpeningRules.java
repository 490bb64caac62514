package no.ips.outreach.openings.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ips.outreach.platform.language.Messages;
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
            errors.add(new Problem.FieldError("title", Messages.get("field.not-blank")));
        } else if (d.title().length() > JobOpening.TITLE_LENGTH) {
            errors.add(new Problem.FieldError("title", Messages.get("field.at-most-characters", String.valueOf(JobOpening.TITLE_LENGTH))));
        }
        if (d.hoursPerWeek() == null || d.hoursPerWeek().compareTo(MIN_HOURS) < 0 || d.hoursPerWeek().compareTo(MAX_HOURS) > 0) {
            errors.add(new Problem.FieldError("hoursPerWeek", Messages.get("opening.hours")));
        } else if (d.hoursPerWeek().stripTrailingZeros().scale() > 1) {
            errors.add(new Problem.FieldError("hoursPerWeek", Messages.get("opening.hours.one-decimal")));
        }
        if (d.positions() < 1) {
            errors.add(new Problem.FieldError("positions", Messages.get("field.at-least-1")));
        } else if (d.positions() > JobOpening.MAX_POSITIONS) {
            errors.add(new Problem.FieldError("positions", Messages.get("opening.positions.max", String.valueOf(JobOpening.MAX_POSITIONS))));
        }
        LocalDate deadline = d.applicationDeadline();
        if (deadline != null && !deadline.equals(keptDeadline) && deadline.isBefore(today)) {
            errors.add(new Problem.FieldError("applicationDeadline", Messages.get("opening.deadline.past", today)));
        }
        if (d.source() == null) {
            errors.add(new Problem.FieldError("source", Messages.get("field.one-of", List.of(OpeningSource.values()).toString())));
        } else if (d.source() == OpeningSource.DEVELOPED_THROUGH_VISIT && d.visitId() == null) {
            errors.add(new Problem.FieldError("visitId", Messages.get("opening.visit.name-it")));
        } else if (d.source() != OpeningSource.DEVELOPED_THROUGH_VISIT && d.visitId() != null) {
            errors.add(new Problem.FieldError("visitId", Messages.get("opening.visit.only-developed")));
        }
        if (d.hiddenJobMarket() && d.source() == OpeningSource.ADVERTISED) {
            errors.add(new Problem.FieldError("hiddenJobMarket", Messages.get("opening.hidden.advertised")));
        }
        if (d.languages().size() > JobOpening.MAX_LANGUAGES) {
            errors.add(new Problem.FieldError("languages", Messages.get("opening.languages.max", String.valueOf(JobOpening.MAX_LANGUAGES))));
        } else if (d.languages().stream().anyMatch(language -> !language.matches("[a-z]{2,3}"))) {
            errors.add(new Problem.FieldError("languages", Messages.get("opening.languages.codes")));
        }
        if (d.workplace() != null && (d.workplace().latitude() == null) != (d.workplace().longitude() == null)) {
            errors.add(new Problem.FieldError("workplace", Messages.get("employer.coordinates.both")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return d;
    }
}
