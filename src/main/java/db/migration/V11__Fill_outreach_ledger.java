package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.OutreachTally;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.VisitMode;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the outreach ledger (V10) from the visits logged before it existed. In Java rather than SQL because a visit's
 * day is its date in Europe/Oslo, daylight saving included, which MySQL, MariaDB and H2 cannot all compute without
 * time-zone tables; the day is worked out by the same code that keeps the ledger from now on.
 */
public class V11__Fill_outreach_ledger extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Also used by the audit benchmark, which bulk-loads a million visits the way an upgrade would find them. */
    public static void fill(Connection connection) throws SQLException {
        Map<Long, List<ContactFacts>> byTeam = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.team_id, v.started_at, v.mode, "
                + "v.meeting_minutes, v.travel_minutes, v.quality, v.individualized "
                + "FROM visit v JOIN specialist s ON s.username = v.specialist");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byTeam.computeIfAbsent(rows.getLong(1), team -> new ArrayList<>()).add(ContactFacts.of(
                        rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        VisitMode.valueOf(rows.getString(3)), rows.getInt(4), rows.getInt(5),
                        ContactQuality.valueOf(rows.getString(6)), rows.getBoolean(7)));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outreach_team_day (team_id, contact_day, "
                + "week_start, face_to_face, by_phone, by_video, by_email, at_event, community_minutes, individualized, quality_1, "
                + "quality_2, quality_3, quality_4, quality_5) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (var team : byTeam.entrySet()) {
                for (Map.Entry<LocalDate, OutreachTally> day : OutreachTally.byDay(team.getValue()).entrySet()) {
                    OutreachTally t = day.getValue();
                    long[] quality = t.qualityLevels();
                    insert.setLong(1, team.getKey());
                    insert.setObject(2, day.getKey());
                    insert.setObject(3, IsoWeek.of(day.getKey()).monday());
                    long[] counts = {t.faceToFace(), t.phone(), t.video(), t.email(), t.event(), t.communityMinutes(),
                            t.individualized(), quality[0], quality[1], quality[2], quality[3], quality[4]};
                    for (int i = 0; i < counts.length; i++) {
                        insert.setLong(4 + i, counts[i]);
                    }
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
