package no.ips.outreach.audit.entity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * Contacts summed: how many by each mode, the time they took out in the community, how many served a participant's
 * preferences, and the quality levels of the face-to-face ones. Sums of tallies are tallies, which is what lets the
 * ledger keep daily totals and the reports add them up.
 *
 * @param qualityLevels face-to-face contacts at quality level 1 to 5, at index 0 to 4
 */
public record OutreachTally(long faceToFace, long phone, long video, long email, long event, long communityMinutes,
                            long individualized, long[] qualityLevels) {

    public static final OutreachTally NONE = new OutreachTally(0, 0, 0, 0, 0, 0, 0, new long[5]);

    public OutreachTally {
        if (qualityLevels.length != ContactQuality.values().length) {
            throw new IllegalArgumentException("one count per quality level");
        }
        qualityLevels = qualityLevels.clone();
    }

    public static OutreachTally of(ContactFacts contact) {
        long[] quality = new long[5];
        if (contact.faceToFace()) {
            quality[contact.quality().level() - 1] = 1;
        }
        return new OutreachTally(
                contact.faceToFace() ? 1 : 0,
                count(contact, VisitMode.PHONE),
                count(contact, VisitMode.VIDEO),
                count(contact, VisitMode.EMAIL),
                count(contact, VisitMode.EVENT),
                contact.communityMinutes(), contact.individualized() ? 1 : 0, quality);
    }

    /** The twelve sums in the order the ledgers store them: modes, minutes, individualized, quality levels 1-5. */
    public long[] counts() {
        return new long[] {faceToFace, phone, video, email, event, communityMinutes, individualized,
                qualityLevels[0], qualityLevels[1], qualityLevels[2], qualityLevels[3], qualityLevels[4]};
    }

    public static OutreachTally ofCounts(long[] n) {
        return new OutreachTally(n[0], n[1], n[2], n[3], n[4], n[5], n[6], new long[] {n[7], n[8], n[9], n[10], n[11]});
    }

    /** The contacts summed per day. */
    public static Map<LocalDate, OutreachTally> byDay(Collection<ContactFacts> contacts) {
        Map<LocalDate, OutreachTally> days = new TreeMap<>();
        contacts.forEach(contact -> days.merge(contact.day(), of(contact), OutreachTally::plus));
        return days;
    }

    private static int count(ContactFacts contact, VisitMode mode) {
        return contact.mode() == mode ? 1 : 0;
    }

    public OutreachTally plus(OutreachTally other) {
        long[] quality = new long[5];
        Arrays.setAll(quality, i -> qualityLevels[i] + other.qualityLevels[i]);
        return new OutreachTally(faceToFace + other.faceToFace, phone + other.phone, video + other.video,
                email + other.email, event + other.event, communityMinutes + other.communityMinutes,
                individualized + other.individualized, quality);
    }

    public OutreachTally negated() {
        return new OutreachTally(-faceToFace, -phone, -video, -email, -event, -communityMinutes, -individualized,
                Arrays.stream(qualityLevels).map(count -> -count).toArray());
    }

    /** Every contact, whatever its mode: the base of the individualized-job-search share. */
    public long contacts() {
        return faceToFace + phone + video + email + event;
    }

    /** Contacts that were not face to face; the scale does not count them, but managers see them. */
    public long otherContacts() {
        return contacts() - faceToFace;
    }

    @Override
    public long[] qualityLevels() {
        return qualityLevels.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutreachTally that && faceToFace == that.faceToFace && phone == that.phone
                && video == that.video && email == that.email && event == that.event
                && communityMinutes == that.communityMinutes && individualized == that.individualized
                && Arrays.equals(qualityLevels, that.qualityLevels);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(faceToFace + 31 * (phone + 31 * (communityMinutes + 31 * individualized)))
                + Arrays.hashCode(qualityLevels);
    }

    @Override
    public String toString() {
        return "OutreachTally[faceToFace=" + faceToFace + ", phone=" + phone + ", video=" + video + ", email=" + email
                + ", event=" + event + ", communityMinutes=" + communityMinutes + ", individualized=" + individualized
                + ", qualityLevels=" + Arrays.toString(qualityLevels) + "]";
    }
}
