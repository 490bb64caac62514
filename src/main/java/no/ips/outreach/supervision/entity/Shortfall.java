package no.ips.outreach.supervision.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a specialist is marked behind in a week, as numbers a client puts into words ("3 of 6 face-to-face, 2
 * planned"). Codes stay stable; the words are the client's, in the reader's language.
 *
 * @param actual  what the week has: contacts, percent of scheduled time, or participants waiting
 * @param target  what it should reach; null where any number is too many (participants past the deadline)
 * @param planned visits still planned for the week, for face-to-face contacts only
 */
public record Shortfall(Kind kind, double actual, Double target, Long planned) {

    /** The scale's top band for time in the community (IPS-25 community-based services: 65 % or more scores 5). */
    public static final double COMMUNITY_PERCENT_TARGET = 65;

    public enum Kind {
        /** Face-to-face employer contacts, with those still planned, do not reach the weekly target. */
        FACE_TO_FACE,
        /** Less than 65 % of scheduled time in the community, judged once the week's last working day has come. */
        COMMUNITY_TIME,
        /** Participants still waiting for a first employer contact more than 30 days after enrolment. */
        FIRST_CONTACT_OVERDUE
    }

    /**
     * A week is behind on contacts when even the visits still planned cannot bring it to the target: a manager on
     * Monday should not see everyone behind. Time in the community is only judged from the last working day, when the
     * week's share is nearly final.
     */
    public static List<Shortfall> of(long faceToFace, Double target, long plannedLeft, Double communityPercent,
                                     boolean lastWorkingDayReached, long waitingPastDeadline) {
        List<Shortfall> behind = new ArrayList<>();
        // a specialist with no job seekers has no contact target on the scale (null), so cannot be behind on it
        if (target != null && faceToFace + plannedLeft < target) {
            behind.add(new Shortfall(Kind.FACE_TO_FACE, faceToFace, target, plannedLeft));
        }
        if (lastWorkingDayReached && communityPercent != null && communityPercent < COMMUNITY_PERCENT_TARGET) {
            // rounded down, so that a share just under the target never reads as the target itself
            behind.add(new Shortfall(Kind.COMMUNITY_TIME, Math.floor(communityPercent * 10) / 10.0,
                    COMMUNITY_PERCENT_TARGET, null));
        }
        if (waitingPastDeadline > 0) {
            behind.add(new Shortfall(Kind.FIRST_CONTACT_OVERDUE, waitingPastDeadline, null, null));
        }
        return behind;
    }
}
