package no.ips.outreach.planning.entity;

import java.time.LocalDate;
import no.ips.outreach.platform.language.Messages;

/**
 * How often an employed participant and their employer get follow-along support: every {@code firstMonthDays} while
 * the job is in its first month, every {@code afterDays} after that. Counted from the last contact on their behalf
 * at that employer, or from the first day of the job.
 */
public record FollowAlongCadence(int firstMonthDays, int afterDays) {

    static final int FIRST_MONTH_DAYS = 30;

    public FollowAlongCadence {
        if (firstMonthDays < 1 || afterDays < 1) {
            throw new IllegalArgumentException("follow-along intervals must be at least one day");
        }
    }

    public LocalDate nextDue(LocalDate jobStarted, LocalDate lastContact) {
        LocalDate from = lastContact == null || lastContact.isBefore(jobStarted) ? jobStarted : lastContact;
        return from.plusDays(inFirstMonth(jobStarted, from) ? firstMonthDays : afterDays);
    }

    /** The sentence a specialist reads: which rhythm applies and since when. */
    public String explain(LocalDate jobStarted, LocalDate lastContact) {
        LocalDate from = lastContact == null || lastContact.isBefore(jobStarted) ? jobStarted : lastContact;
        String rhythm = inFirstMonth(jobStarted, from) ? Messages.get("why.plan.follow-along.first-month", String.valueOf(firstMonthDays))
                : Messages.get("why.plan.follow-along.after", String.valueOf(afterDays));
        return lastContact == null || lastContact.isBefore(jobStarted) ? Messages.get("why.plan.follow-along.since-start", rhythm, jobStarted)
                : Messages.get("why.plan.follow-along.last-contact", rhythm, lastContact);
    }

    private static boolean inFirstMonth(LocalDate jobStarted, LocalDate day) {
        return day.isBefore(jobStarted.plusDays(FIRST_MONTH_DAYS));
    }
}
