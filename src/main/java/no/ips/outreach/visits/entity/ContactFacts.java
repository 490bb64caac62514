package no.ips.outreach.visits.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What one logged contact counts for in the outreach audit. Every audit figure is a sum of these, whether read from
 * the visit log or from the ledger kept beside it, so the two cannot disagree on what a contact is worth.
 *
 * @param day            the day of the contact in Norway and Denmark (both on Central European time)
 * @param individualized whether it served the stated preferences of a participant it was on behalf of
 */
public record ContactFacts(LocalDate day, VisitMode mode, int meetingMinutes, int travelMinutes, ContactQuality quality,
                           boolean individualized) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    public static ContactFacts of(Instant startedAt, VisitMode mode, int meetingMinutes, int travelMinutes,
                                  ContactQuality quality, boolean individualized) {
        return new ContactFacts(LocalDate.ofInstant(startedAt, ZONE), mode, meetingMinutes, travelMinutes, quality,
                individualized);
    }

    public boolean faceToFace() {
        return mode.isFaceToFace();
    }

    /**
     * Time out in the community, as NAV counts it: the meeting plus travel both ways. Only a meeting in person or an
     * employer event takes the specialist out of the office; calls and e-mails do not.
     */
    public int communityMinutes() {
        return mode == VisitMode.IN_PERSON || mode == VisitMode.EVENT ? meetingMinutes + travelMinutes : 0;
    }
}
