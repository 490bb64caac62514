package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.OutreachTally;
import no.ips.outreach.teams.entity.SpecialistJoinedTeam;
import no.ips.outreach.visits.entity.VisitRecorded;

/**
 * Keeps each team's daily outreach totals (table outreach_team_day) in step with the visit log, inside the transaction
 * that writes the visit. Updates add to the stored sums rather than recompute them, so two specialists logging at the
 * same moment both count: the row lock serialises the two additions.
 */
@ApplicationScoped
public class OutreachLedger {

    private static final String ADD = "INSERT INTO outreach_team_day (team_id, contact_day, week_start, face_to_face, by_phone, "
            + "by_video, by_email, at_event, community_minutes, individualized, quality_1, quality_2, quality_3, quality_4, "
            + "quality_5) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
            + "face_to_face = face_to_face + VALUES(face_to_face), by_phone = by_phone + VALUES(by_phone), "
            + "by_video = by_video + VALUES(by_video), by_email = by_email + VALUES(by_email), "
            + "at_event = at_event + VALUES(at_event), "
            + "community_minutes = community_minutes + VALUES(community_minutes), "
            + "individualized = individualized + VALUES(individualized), quality_1 = quality_1 + VALUES(quality_1), "
            + "quality_2 = quality_2 + VALUES(quality_2), quality_3 = quality_3 + VALUES(quality_3), "
            + "quality_4 = quality_4 + VALUES(quality_4), quality_5 = quality_5 + VALUES(quality_5)";

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    ContactLog contactLog;

    void onVisit(@Observes VisitRecorded recorded) {
        teamOf(recorded.specialist()).ifPresent(team -> {
            if (recorded.before() != null) {
                add(team, recorded.before().day(), OutreachTally.of(recorded.before()).negated());
            }
            add(team, recorded.after().day(), OutreachTally.of(recorded.after()));
        });
    }

    /** A specialist's past outreach counts for the team they are in now, so their days move with them. */
    void onMove(@Observes SpecialistJoinedTeam joined) {
        OutreachTally.byDay(contactLog.allBy(joined.username())).forEach((day, tally) -> {
            if (joined.fromTeamId() != null) {
                add(joined.fromTeamId(), day, tally.negated());
            }
            add(joined.toTeamId(), day, tally);
        });
    }

    private void add(long teamId, LocalDate day, OutreachTally tally) {
        long[] quality = tally.qualityLevels();
        var insert = em.createNativeQuery(ADD)
                .setParameter(1, teamId)
                .setParameter(2, day)
                .setParameter(3, IsoWeek.of(day).monday())
                .setParameter(4, tally.faceToFace())
                .setParameter(5, tally.phone())
                .setParameter(6, tally.video())
                .setParameter(7, tally.email())
                .setParameter(8, tally.event())
                .setParameter(9, tally.communityMinutes())
                .setParameter(10, tally.individualized());
        for (int level = 0; level < quality.length; level++) {
            insert.setParameter(11 + level, quality[level]);
        }
        insert.executeUpdate();
    }

    private java.util.Optional<Long> teamOf(String username) {
        return em.createQuery("SELECT s.team.id FROM Specialist s WHERE s.username = :username", Long.class)
                .setParameter("username", username).getResultStream().findFirst();
    }
}
