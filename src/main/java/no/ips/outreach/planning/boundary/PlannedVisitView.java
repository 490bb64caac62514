package no.ips.outreach.planning.boundary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.planning.control.VisitPlanner;
import no.ips.outreach.planning.entity.Colleague;
import no.ips.outreach.planning.entity.PlanState;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.planning.entity.SuggestionReason;
import no.ips.outreach.visits.entity.VisitPurpose;

/**
 * A planned visit as the API shows it. {@code state} is MISSED for one still open after its day; {@code visitId} is
 * the logged visit once DONE. {@code alsoPlannedBy} names colleagues planning the same employer that week.
 * {@code latitude} and {@code longitude} place the employer on a map; both are null when its position is unknown,
 * and {@code positionApproximate} says they are its postcode's centroid (the route's distances are then approximate).
 */
public record PlannedVisitView(long id, String specialist, long employerId, String employerName, String address,
                               Double latitude, Double longitude, boolean positionApproximate, String timeZone, LocalDate day, LocalTime startsAt, int durationMinutes, VisitPurpose purpose,
                               SuggestionReason reason, String note, PlanState state, List<Long> participantIds,
                               Long visitId, List<ColleagueView> alsoPlannedBy, long version) {

    static PlannedVisitView of(PlannedVisit visit, Employer employer, PlanState state, List<Colleague> colleagues) {
        Address at = employer.address();
        boolean placed = at != null && at.latitude() != null && at.longitude() != null;
        return new PlannedVisitView(visit.id(), visit.specialist(), visit.employerId(), employer.name(), address(employer),
                placed ? at.latitude() : null, placed ? at.longitude() : null, placed && employer.positionApproximate(), VisitPlanner.zoneOf(employer).getId(), visit.day(), visit.startsAt(), visit.durationMinutes(), visit.purpose(),
                visit.reason(), visit.note(), state, visit.participantIds().stream().sorted().toList(), visit.visitId(),
                colleagues.stream().map(ColleagueView::of).toList(), visit.version());
    }

    /** "Storgata 1, 8006 Bodø", or null when the employer has no street address. */
    static String address(Employer employer) {
        Address at = employer.address();
        if (at == null || at.street() == null) {
            return null;
        }
        String place = ((at.postcode() == null ? "" : at.postcode() + " ") + (at.city() == null ? "" : at.city())).trim();
        return place.isEmpty() ? at.street() : at.street() + ", " + place;
    }
}
