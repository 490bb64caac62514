package no.ips.outreach.registers.entity;

import no.ips.outreach.platform.language.Wording;

/**
 * What became of one record of a bulk file: a unit, or the reason it was refused (and its number, when it had one),
 * the reason kept as a {@link Wording} so that each administrator reads it in their own language.
 */
public record Reading(RegisterUnit unit, String number, String refusal) {

    static Reading of(RegisterUnit unit) {
        return new Reading(unit, unit.number(), null);
    }

    static Reading refused(String number, Wording reason) {
        return new Reading(null, number, reason.stored());
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
