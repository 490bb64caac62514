package no.ips.outreach.visits.entity;

import java.time.Instant;

/** Visit details for tests: a one-hour meeting in person, with one field changed at a time. */
public final class Visits {

    private Visits() {
    }

    public static VisitDetails inPerson(long employerId, Instant startedAt) {
        return of(employerId, startedAt, VisitMode.IN_PERSON);
    }

    public static VisitDetails of(long employerId, Instant startedAt, VisitMode mode) {
        return new VisitDetails(employerId, null, startedAt, 60, 20, mode, VisitPurpose.GENERAL_JOB_DEVELOPMENT,
                ContactQuality.LEARNS_EMPLOYER_NEEDS, "met the owner", null, null, null, null);
    }

    public static VisitDetails withMinutes(VisitDetails d, int meeting, int travel) {
        return new VisitDetails(d.employerId(), d.contactPersonId(), d.startedAt(), meeting, travel, d.mode(), d.purpose(),
                d.quality(), d.outcome(), d.notes(), d.nextStep(), d.nextStepDue(), d.participants());
    }

    public static VisitDetails withNotes(VisitDetails d, String notes) {
        return new VisitDetails(d.employerId(), d.contactPersonId(), d.startedAt(), d.meetingMinutes(), d.travelMinutes(),
                d.mode(), d.purpose(), d.quality(), d.outcome(), notes, d.nextStep(), d.nextStepDue(), d.participants());
    }

    public static VisitDetails startingAt(VisitDetails d, Instant startedAt) {
        return new VisitDetails(d.employerId(), d.contactPersonId(), startedAt, d.meetingMinutes(), d.travelMinutes(),
                d.mode(), d.purpose(), d.quality(), d.outcome(), d.notes(), d.nextStep(), d.nextStepDue(), d.participants());
    }

    public static VisitDetails withNextStep(VisitDetails d, String nextStep, java.time.LocalDate due) {
        return new VisitDetails(d.employerId(), d.contactPersonId(), d.startedAt(), d.meetingMinutes(), d.travelMinutes(),
                d.mode(), d.purpose(), d.quality(), d.outcome(), d.notes(), nextStep, due, d.participants());
    }
}
