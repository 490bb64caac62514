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
 * Fills the outreach ledgers and the participants' first face-to-face contacts (V10) from the visits logged before
 * they existed. In Java rather than SQL because a visit's day is its date in Europe/Oslo, daylight saving included,
 * which MySQL, MariaDB and H2 cannot all compute without time-zone tables; the day is worked out by the same code
 * that keeps the ledgers from now on.
 */
public class V11__Fill_outreach_ledger extends BaseJavaMigration {

    private static final String SUMS = "face_to_face, by_phone, by_video, by_email, at_event, community_minutes, "
            + "individualized, quality_1, quality_2, quality_3, quality_4, quality_5";
    private static final String TWELVE = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Also used by the audit benchmark, which bulk-loads a million visits the way an upgrade would find them. */
    public static void fill(Connection connection) throws SQLException {
        fillLedgers(connection);
        fillFirstContacts(connection);
    }

    private static void fillLedgers(Connection connection) throws SQLException {
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
        try (PreparedStatement day = connection.prepareStatement("INSERT INTO outreach_team_day (contact_day, team_id, "
                + "week_start, " + SUMS + ") VALUES (?, ?, ?, " + TWELVE + ")");
             PreparedStatement week = connection.prepareStatement("INSERT INTO outreach_team_week (week_start, team_id, "
                     + SUMS + ", reviews_current, reviews_changed) VALUES (?, ?, " + TWELVE + ", 0, 0)")) {
            for (var team : byTeam.entrySet()) {
                Map<LocalDate, OutreachTally> weeks = new HashMap<>();
                for (Map.Entry<LocalDate, OutreachTally> tally : OutreachTally.byDay(team.getValue()).entrySet()) {
                    LocalDate monday = IsoWeek.of(tally.getKey()).monday();
                    day.setObject(1, tally.getKey());
                    day.setLong(2, team.getKey());
                    day.setObject(3, monday);
                    set(day, 4, tally.getValue());
                    day.addBatch();
                    weeks.merge(monday, tally.getValue(), OutreachTally::plus);
                }
                for (Map.Entry<LocalDate, OutreachTally> tally : weeks.entrySet()) {
                    week.setObject(1, tally.getKey());
                    week.setLong(2, team.getKey());
                    set(week, 3, tally.getValue());
                    week.addBatch();
                }
            }
            day.executeBatch();
            week.executeBatch();
        }
    }

    private static void fillFirstContacts(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT vp.participant_id, MIN(v.started_at) "
                + "FROM visit_participant vp JOIN visit v ON v.id = vp.visit_id WHERE v.mode = 'IN_PERSON' "
                + "GROUP BY vp.participant_id");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE participant SET first_face_to_face_on = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                update.setObject(1, LocalDate.ofInstant(rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        ContactFacts.ZONE));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void set(PreparedStatement insert, int first, OutreachTally tally) throws SQLException {
        long[] counts = tally.counts();
        for (int i = 0; i < counts.length; i++) {
            insert.setLong(first + i, counts[i]);
        }
    }
}
