package no.ips.outreach.openings.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import no.ips.outreach.participants.entity.Shift;

/** Opening details for tests: a full-time cook's job at the employer's address, with one field changed at a time. */
public final class Openings {

    private Openings() {
    }

    public static OpeningDetails cook(long employerId) {
        return new OpeningDetails(employerId, "Kokk", "5120", "Lunsj og à la carte", new BigDecimal("37.5"),
                Set.of(Shift.DAY, Shift.WEEKEND), null, 1, null, null, false, Set.of("no"), true,
                OpeningSource.EMPLOYER_GOT_IN_TOUCH, null, false);
    }

    public static OpeningDetails withHours(OpeningDetails d, String hours) {
        return new OpeningDetails(d.employerId(), d.title(), d.occupationCode(), d.description(), new BigDecimal(hours),
                d.shifts(), d.workplace(), d.positions(), d.startDate(), d.applicationDeadline(), d.drivingLicence(),
                d.languages(), d.competitive(), d.source(), d.visitId(), d.hiddenJobMarket());
    }

    public static OpeningDetails withPositions(OpeningDetails d, int positions) {
        return new OpeningDetails(d.employerId(), d.title(), d.occupationCode(), d.description(), d.hoursPerWeek(),
                d.shifts(), d.workplace(), positions, d.startDate(), d.applicationDeadline(), d.drivingLicence(),
                d.languages(), d.competitive(), d.source(), d.visitId(), d.hiddenJobMarket());
    }

    public static OpeningDetails withDeadline(OpeningDetails d, LocalDate deadline) {
        return new OpeningDetails(d.employerId(), d.title(), d.occupationCode(), d.description(), d.hoursPerWeek(),
                d.shifts(), d.workplace(), d.positions(), d.startDate(), deadline, d.drivingLicence(),
                d.languages(), d.competitive(), d.source(), d.visitId(), d.hiddenJobMarket());
    }

    public static OpeningDetails from(OpeningDetails d, OpeningSource source, Long visitId, boolean hidden) {
        return new OpeningDetails(d.employerId(), d.title(), d.occupationCode(), d.description(), d.hoursPerWeek(),
                d.shifts(), d.workplace(), d.positions(), d.startDate(), d.applicationDeadline(), d.drivingLicence(),
                d.languages(), d.competitive(), source, visitId, hidden);
    }

    public static OpeningDetails withOccupation(OpeningDetails d, String title, String code) {
        return new OpeningDetails(d.employerId(), title, code, d.description(), d.hoursPerWeek(),
                d.shifts(), d.workplace(), d.positions(), d.startDate(), d.applicationDeadline(), d.drivingLicence(),
                d.languages(), d.competitive(), d.source(), d.visitId(), d.hiddenJobMarket());
    }

    public static OpeningDetails withLanguages(OpeningDetails d, Set<String> languages) {
        return new OpeningDetails(d.employerId(), d.title(), d.occupationCode(), d.description(), d.hoursPerWeek(),
                d.shifts(), d.workplace(), d.positions(), d.startDate(), d.applicationDeadline(), d.drivingLicence(),
                languages, d.competitive(), d.source(), d.visitId(), d.hiddenJobMarket());
    }

}
