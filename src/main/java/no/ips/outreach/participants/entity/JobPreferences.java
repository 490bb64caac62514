package no.ips.outreach.participants.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.ips.outreach.platform.entity.NaceDivisions;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;

/**
 * The work a participant wants, in their own words and codes. IPS principle 5: preferences drive the job search, so
 * they are stated by the participant, kept as they evolve, and never used to screen anyone out.
 */
public record JobPreferences(
        List<String> occupations,
        Set<String> desiredIndustries,
        Set<String> excludedIndustries,
        BigDecimal hoursMin,
        BigDecimal hoursMax,
        Set<Shift> shifts,
        Integer maxTravelMinutes,
        Integer maxTravelKm,
        HomeArea home,
        boolean drivingLicence,
        Set<String> languages,
        LocalDate earliestStart,
        String educationGoal,
        String strengths) {

    public static final int MAX_OCCUPATIONS = 10;
    private static final BigDecimal MAX_HOURS = new BigDecimal("80");

    public JobPreferences {
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        desiredIndustries = desiredIndustries == null ? Set.of() : Set.copyOf(desiredIndustries);
        excludedIndustries = excludedIndustries == null ? Set.of() : Set.copyOf(excludedIndustries);
        shifts = shifts == null ? Set.of() : Set.copyOf(shifts);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    public static JobPreferences none() {
        return new JobPreferences(null, null, null, null, null, null, null, null, null, false, null, null, null, null);
    }

    /** Every rule the preferences break, by field; occupation codes are checked against ISCO-08 elsewhere. */
    public List<Problem.FieldError> problems() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (occupations.size() > MAX_OCCUPATIONS) {
            errors.add(new Problem.FieldError("occupations", Messages.get("preferences.occupations.max", String.valueOf(MAX_OCCUPATIONS))));
        }
        if (new HashSet<>(occupations).size() != occupations.size()) {
            errors.add(new Problem.FieldError("occupations", Messages.get("preferences.occupations.once")));
        }
        industryErrors("desiredIndustries", desiredIndustries, errors);
        industryErrors("excludedIndustries", excludedIndustries, errors);
        Set<String> both = new TreeSet<>(desiredIndustries);
        both.retainAll(excludedIndustries);
        if (!both.isEmpty()) {
            errors.add(new Problem.FieldError("excludedIndustries", Messages.get("preferences.industries.both", String.join(", ", both))));
        }
        hoursErrors("hoursMin", hoursMin, errors);
        hoursErrors("hoursMax", hoursMax, errors);
        if (hoursMin != null && hoursMax != null && hoursMin.compareTo(hoursMax) > 0) {
            errors.add(new Problem.FieldError("hoursMin", Messages.get("preferences.hours.min-max", hoursMax.toPlainString())));
        }
        if (maxTravelMinutes != null && (maxTravelMinutes < 0 || maxTravelMinutes > 600)) {
            errors.add(new Problem.FieldError("maxTravelMinutes", Messages.get("field.between", "0", "600")));
        }
        if (maxTravelKm != null && (maxTravelKm < 0 || maxTravelKm > 1000)) {
            errors.add(new Problem.FieldError("maxTravelKm", Messages.get("field.between", "0", "1000")));
        }
        if (home != null && (home.latitude() == null) != (home.longitude() == null)) {
            errors.add(new Problem.FieldError("home", Messages.get("employer.coordinates.both")));
        }
        if (languages.stream().anyMatch(language -> language == null || !language.matches("[a-z]{2,3}"))) {
            errors.add(new Problem.FieldError("languages", Messages.get("opening.languages.codes")));
        }
        return errors;
    }

    private static void industryErrors(String field, Set<String> prefixes, List<Problem.FieldError> errors) {
        prefixes.stream().map(NaceDivisions::problem).filter(Objects::nonNull).findFirst()
                .ifPresent(problem -> errors.add(new Problem.FieldError(field, Messages.get("preferences.industries.each", problem))));
    }

    private static void hoursErrors(String field, BigDecimal hours, List<Problem.FieldError> errors) {
        if (hours != null && (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0)) {
            errors.add(new Problem.FieldError(field, Messages.get("preferences.hours")));
        }
    }

    /** The preferences as named text values, so that two versions can be compared field by field. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("occupations", occupations.isEmpty() ? null : String.join(",", occupations));
        fields.put("desiredIndustries", sorted(desiredIndustries));
        fields.put("excludedIndustries", sorted(excludedIndustries));
        fields.put("hoursMin", hoursMin == null ? null : hoursMin.stripTrailingZeros().toPlainString());
        fields.put("hoursMax", hoursMax == null ? null : hoursMax.stripTrailingZeros().toPlainString());
        fields.put("shifts", sorted(shifts.stream().map(Shift::name).collect(Collectors.toSet())));
        fields.put("maxTravelMinutes", Objects.toString(maxTravelMinutes, null));
        fields.put("maxTravelKm", Objects.toString(maxTravelKm, null));
        fields.put("home", home == null ? null : home.postcode() + " " + home.municipalityCode() + " " + home.latitude() + "," + home.longitude());
        fields.put("drivingLicence", Boolean.toString(drivingLicence));
        fields.put("languages", sorted(languages));
        fields.put("earliestStart", Objects.toString(earliestStart, null));
        fields.put("educationGoal", educationGoal);
        fields.put("strengths", strengths);
        return fields;
    }

    private static String sorted(Set<String> values) {
        return values.isEmpty() ? null : String.join(",", new TreeSet<>(values));
    }
}
