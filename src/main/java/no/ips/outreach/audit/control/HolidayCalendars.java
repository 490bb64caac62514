package no.ips.outreach.audit.control;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.WorkingCalendar;
import no.ips.outreach.teams.entity.TeamKind;

/**
 * Public holidays from jollyday's maintained calendars, not a hand-typed list. A team's country follows from its kind:
 * a NAV office works in Norway, a jobcentre in Denmark.
 */
@ApplicationScoped
public class HolidayCalendars {

    private final Map<TeamKind, HolidayManager> managers = new ConcurrentHashMap<>();

    /** The team kind's working calendar for the years the period touches. */
    public WorkingCalendar of(TeamKind kind, ReportPeriod period) {
        if (kind == null) {
            return WorkingCalendar.WEEKDAYS;
        }
        HolidayManager manager = managers.computeIfAbsent(kind,
                k -> HolidayManager.getInstance(ManagerParameters.create(calendar(k))));
        Set<LocalDate> days = manager.getHolidays(period.from(), period.to(), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate).collect(Collectors.toSet());
        return new WorkingCalendar(country(kind), days);
    }

    static String country(TeamKind kind) {
        return switch (kind) {
            case NAV_OFFICE -> "NO";
            case JOBCENTRE -> "DK";
        };
    }

    private static HolidayCalendar calendar(TeamKind kind) {
        return switch (kind) {
            case NAV_OFFICE -> HolidayCalendar.NORWAY;
            case JOBCENTRE -> HolidayCalendar.DENMARK;
        };
    }
}
