package no.ips.outreach.planning.entity;

import no.ips.outreach.platform.language.Messages;
/**
 * Face-to-face employer contacts in a week against the target: those already logged, those still planned, and the
 * planned ones that were missed (which count as neither). The warning says what is missing when done and planned
 * together fall short.
 */
public record WeekProgress(int target, int done, int planned, int missed) {

    public int projected() {
        return done + planned;
    }

    public int shortBy() {
        return Math.max(0, target - projected());
    }

    public String warning() {
        if (shortBy() == 0) {
            return null;
        }
        return Messages.get(missed > 0 ? "planning.progress.short.missed" : "planning.progress.short", String.valueOf(projected()),
                String.valueOf(target), String.valueOf(shortBy()), missed);
    }
}
