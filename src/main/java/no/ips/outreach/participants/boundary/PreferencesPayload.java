package no.ips.outreach.participants.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ips.outreach.participants.entity.JobPreferences;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.platform.boundary.NoNulls;

/** A participant's job preferences as they travel over the API, in both directions. */
public record PreferencesPayload(
        List<String> occupations,
        Set<String> desiredIndustries,
        Set<String> excludedIndustries,
        BigDecimal hoursMin,
        BigDecimal hoursMax,
        Set<Shift> shifts,
        Integer maxTravelMinutes,
        Integer maxTravelKm,
        @Valid HomeAreaPayload home,
        Boolean drivingLicence,
        Set<String> languages,
        LocalDate earliestStart,
        @Size(max = 500) String educationGoal,
        @Size(max = 2000) String strengths) {

    /** Called once access is settled, so that a caller who may not change the record learns nothing from its body. */
    JobPreferences toPreferences() {
        NoNulls.in("occupations", occupations);
        NoNulls.in("desiredIndustries", desiredIndustries);
        NoNulls.in("excludedIndustries", excludedIndustries);
        NoNulls.in("shifts", shifts);
        NoNulls.in("languages", languages);
        return new JobPreferences(occupations, desiredIndustries, excludedIndustries, hoursMin, hoursMax, shifts,
                maxTravelMinutes, maxTravelKm, home == null ? null : home.toHomeArea(), Boolean.TRUE.equals(drivingLicence),
                languages, earliestStart, educationGoal, strengths);
    }

    static PreferencesPayload of(JobPreferences p) {
        return new PreferencesPayload(p.occupations(), p.desiredIndustries(), p.excludedIndustries(), p.hoursMin(),
                p.hoursMax(), p.shifts(), p.maxTravelMinutes(), p.maxTravelKm(), HomeAreaPayload.of(p.home()),
                p.drivingLicence(), p.languages(), p.earliestStart(), p.educationGoal(), p.strengths());
    }
}
