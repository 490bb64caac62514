package no.ips.outreach.registers.entity;

/** What became of one record of a bulk file: a unit, or the reason it was refused (and its number, when it had one). */
public record Reading(RegisterUnit unit, String number, String refusal) {

    static Reading of(RegisterUnit unit) {
        return new Reading(unit, unit.number(), null);
    }

    static Reading refused(String number, String reason) {
        return new Reading(null, number, reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
