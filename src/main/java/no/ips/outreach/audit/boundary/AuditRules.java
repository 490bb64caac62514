package no.ips.outreach.audit.boundary;

import java.util.List;

/**
 * The audit's counting rules in the words the worksheet prints them, so that a method supervisor can redo any number
 * by hand. The README's audit rules say the same.
 */
final class AuditRules {

    static final List<String> ALL = List.of(
            "Face-to-face contacts: only meetings in person count, each one (a second visit to the same employer in a "
                    + "week too), with or without a participant. Phone, video and e-mail are logged and shown, not counted.",
            "Job fairs and other events count as time in the community (you were out where employers are), but not as "
                    + "face-to-face contacts: at an event you meet many employers briefly, and the scale counts "
                    + "meetings with one employer. A real conversation with one employer there is logged as its own "
                    + "in-person visit.",
            "A visit voided as logged by mistake stays in the log, with who voided it and why, and is counted in no "
                    + "figure.",
            "Time in the community is meeting plus travel minutes of in-person visits and events, as a share of the "
                    + "scheduled minutes: the specialist's weekly hours, kept exactly as given (18.75 h is 1,125 "
                    + "minutes; hours that are not a whole number of minutes are refused), times the working days of "
                    + "the period divided by 5.",
            "Working days are Monday to Friday less the public holidays of the team's country (Norway for a NAV "
                    + "office, Denmark for a jobcentre, from the jollyday calendars): a week with a holiday has less "
                    + "scheduled time and a smaller contact target, since employers are closed too. Weekends and "
                    + "holidays on a weekend change nothing.",
            "Band edges: each band runs from its own figure up to, not including, the next band's. Time in the "
                    + "community: 30 % exactly scores 1 (the scale writes \"30 % or less\"), more than 30 % and under "
                    + "40 % scores 2 (39.9 % too), 40-49.9 % 3, 50-64.9 % 4, 65 % or more 5. Frequent contact: at "
                    + "least 2 a week scores 2, so 3 a week scores 2 (4 is not reached); 4 up to under 5 scores 3; 5 up "
                    + "to under the target (6) scores 4; the target or more scores 5.",
            "Frequent contact needs a reviewed log: a 4 or 5 only when every ended week is signed off in time, a 3 "
                    + "only when every ended week is signed off at all; otherwise at most 2 (the scale's \"no "
                    + "tracking\").",
            "Small caseloads: a specialist with fewer than 3 job seekers has a target of 2 per job seeker (1 seeker: 2, "
                    + "2 seekers: 4). The target replaces only the 6 of the top band; the other bands keep the scale's "
                    + "own figures. So 3 a week against a target of 4 scores 2 (at least 2, not 4), and 1 against a "
                    + "target of 2 scores 1 (under 2).",
            "A specialist with no participant in job search has no target on the scale and is left out of the contacts "
                    + "per week and of the team's target, and listed apart with the reason, instead of counting with a "
                    + "target of 0. A team's target is its specialists' targets averaged over their working weeks: the "
                    + "team meets it when its contacts reach the sum of its specialists' targets.",
            "Figures are shown with one decimal, or with more where one decimal would put the figure in another band "
                    + "than the one that scored (64.98 % is shown as 64.98, not 65.0). The minutes beside each share are "
                    + "exact.",
            "Weekly review: a sign-off counts as weekly when given within the set number of days (7) after the week's "
                    + "Sunday and nothing in the week changed since. A later sign-off counts toward the monthly review "
                    + "only. Each week belongs to the month of its Thursday; a month is reviewed only when every one of "
                    + "its ended weeks has a current sign-off, so signing one week never makes another look reviewed. "
                    + "Weeks that have not ended are neither due nor missing.",
            "Rapid job search: the days from enrolment to the first face-to-face employer contact, averaged over the "
                    + "participants first reached in the period. For those still waiting, the days are counted to the "
                    + "end of the period, or to today for a period not yet ended; that date is shown with the count.");

    private AuditRules() {
    }
}
