package no.ips.outreach.matching.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.ips.outreach.matching.entity.OpeningProfile;
import no.ips.outreach.matching.entity.SeekerProfile;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.teams.entity.TeamKind;

/**
 * Everything the service's matching index reads, bulk-loaded into a migrated database in JDBC batches: the synthetic
 * employers and openings (as {@link SqlBaseline} loads them) with the openings' shifts and languages, one team with
 * one manager, its specialists, and the synthetic participants spread evenly over their caseloads, each with their
 * preferences in the participant_* tables. Every participant is active (never CLOSED or anonymised).
 */
final class SyntheticCaseload {

    static final long TEAM_ID = 1;
    static final String MANAGER = "bench-manager";

    private static final int BATCH = 1_000;
    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-03-01T08:00:00Z"));
    private static final ParticipantStatus[] STATUSES = {ParticipantStatus.JOB_SEARCH, ParticipantStatus.JOB_SEARCH,
            ParticipantStatus.JOB_SEARCH, ParticipantStatus.ENGAGEMENT, ParticipantStatus.FOLLOW_ALONG, ParticipantStatus.EMPLOYED};

    private SyntheticCaseload() {
    }

    /** Loads it all, commits, and analyses the tables; {@code perSpecialist} participants to each specialist. */
    static void load(Connection db, SyntheticData data, int perSpecialist) throws SQLException {
        SqlBaseline.insertEmployersAndOpenings(db, data);
        db.setAutoCommit(false);
        openingShiftsAndLanguages(db, data.openings());
        int specialists = (data.seekers().size() + perSpecialist - 1) / perSpecialist;
        team(db, specialists);
        participants(db, data.seekers(), perSpecialist);
        preferences(db, data.seekers());
        db.commit();
        db.setAutoCommit(true);
        try (Statement sql = db.createStatement()) {
            sql.execute("ANALYZE TABLE job_opening_shift, job_opening_language, team, team_manager, specialist, participant,"
                    + " participant_occupation, participant_industry, participant_shift, participant_language");
        }
    }

    private static void openingShiftsAndLanguages(Connection db, List<OpeningProfile> openings) throws SQLException {
        try (Batch shifts = new Batch(db, "INSERT INTO job_opening_shift (opening_id, shift) VALUES (?, ?)");
             Batch languages = new Batch(db, "INSERT INTO job_opening_language (opening_id, language) VALUES (?, ?)")) {
            for (OpeningProfile o : openings) {
                for (Shift shift : o.shifts()) {
                    shifts.statement.setLong(1, o.openingId());
                    shifts.statement.setString(2, shift.name());
                    shifts.add();
                }
                for (String language : o.languages()) {
                    languages.statement.setLong(1, o.openingId());
                    languages.statement.setString(2, language);
                    languages.add();
                }
            }
        }
    }

    private static void team(Connection db, int specialists) throws SQLException {
        try (PreparedStatement team = db.prepareStatement("INSERT INTO team (id, version, code, name, kind, municipality_code,"
                + " created_at) VALUES (?, 0, 'BENCH', 'NAV Benchmark', ?, '0301', ?)")) {
            team.setLong(1, TEAM_ID);
            team.setString(2, TeamKind.NAV_OFFICE.name());
            team.setTimestamp(3, NOW);
            team.executeUpdate();
        }
        try (PreparedStatement manager = db.prepareStatement("INSERT INTO team_manager (team_id, username) VALUES (?, ?)")) {
            manager.setLong(1, TEAM_ID);
            manager.setString(2, MANAGER);
            manager.executeUpdate();
        }
        try (Batch specialist = new Batch(db, "INSERT INTO specialist (id, version, username, display_name, team_id,"
                + " weekly_hours, created_at, updated_at) VALUES (?, 0, ?, ?, ?, 37.5, ?, ?)")) {
            for (int i = 1; i <= specialists; i++) {
                specialist.statement.setLong(1, i);
                specialist.statement.setString(2, specialist(i));
                specialist.statement.setString(3, "Specialist " + i);
                specialist.statement.setLong(4, TEAM_ID);
                specialist.statement.setTimestamp(5, NOW);
                specialist.statement.setTimestamp(6, NOW);
                specialist.add();
            }
        }
    }

    static String specialist(long id) {
        return "bench-specialist-" + id;
    }

    private static void participants(Connection db, List<SeekerProfile> seekers, int perSpecialist) throws SQLException {
        try (Batch participant = new Batch(db, "INSERT INTO participant (id, version, alias, specialist_id, program,"
                + " enrolled_on, status, disclosure, hours_min, hours_max, max_travel_km, home_latitude, home_longitude,"
                + " driving_licence, earliest_start, created_at, updated_at)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            PreparedStatement p = participant.statement;
            int n = 0;
            for (SeekerProfile s : seekers) {
                p.setLong(1, s.participantId());
                p.setString(2, "P" + s.participantId());
                p.setLong(3, n / perSpecialist + 1);
                p.setString(4, (n % 5 == 0 ? Program.IPS_UNG : Program.IPS).name());
                p.setDate(5, Date.valueOf(SyntheticData.TODAY.minusDays(n % 365)));
                p.setString(6, STATUSES[n % STATUSES.length].name());
                p.setString(7, Disclosure.values()[n % Disclosure.values().length].name());
                p.setBigDecimal(8, s.hoursMin());
                p.setBigDecimal(9, s.hoursMax());
                if (s.maxTravelKm() == null) {
                    p.setNull(10, Types.INTEGER);
                } else {
                    p.setInt(10, (int) Math.round(s.maxTravelKm()));
                }
                setDouble(p, 11, s.homeLatitude());
                setDouble(p, 12, s.homeLongitude());
                p.setBoolean(13, s.drivingLicence());
                p.setDate(14, date(s.earliestStart()));
                p.setTimestamp(15, NOW);
                p.setTimestamp(16, NOW);
                participant.add();
                n++;
            }
        }
    }

    private static void preferences(Connection db, List<SeekerProfile> seekers) throws SQLException {
        try (Batch occupation = new Batch(db, "INSERT INTO participant_occupation (participant_id, priority, isco_code) VALUES (?, ?, ?)");
             Batch industry = new Batch(db, "INSERT INTO participant_industry (participant_id, nace_prefix, wanted) VALUES (?, ?, ?)");
             Batch shift = new Batch(db, "INSERT INTO participant_shift (participant_id, shift) VALUES (?, ?)");
             Batch language = new Batch(db, "INSERT INTO participant_language (participant_id, language) VALUES (?, ?)")) {
            for (SeekerProfile s : seekers) {
                long id = s.participantId();
                // the entity's @OrderColumn counts from 0
                for (int priority = 0; priority < s.occupations().size(); priority++) {
                    occupation.statement.setLong(1, id);
                    occupation.statement.setInt(2, priority);
                    occupation.statement.setString(3, s.occupations().get(priority));
                    occupation.add();
                }
                for (String prefix : s.desiredIndustries()) {
                    industry(industry, id, prefix, true);
                }
                for (String prefix : s.excludedIndustries()) {
                    industry(industry, id, prefix, false);
                }
                for (Shift value : s.shifts()) {
                    shift.statement.setLong(1, id);
                    shift.statement.setString(2, value.name());
                    shift.add();
                }
                for (String value : s.languages()) {
                    language.statement.setLong(1, id);
                    language.statement.setString(2, value);
                    language.add();
                }
            }
        }
    }

    private static void industry(Batch industry, long id, String prefix, boolean wanted) throws SQLException {
        industry.statement.setLong(1, id);
        industry.statement.setString(2, prefix);
        industry.statement.setBoolean(3, wanted);
        industry.add();
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** A prepared insert sent every {@link #BATCH} rows and once more on close. */
    private static final class Batch implements AutoCloseable {

        final PreparedStatement statement;
        private int pending;

        Batch(Connection db, String sql) throws SQLException {
            statement = db.prepareStatement(sql);
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending % BATCH == 0) {
                statement.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                statement.executeBatch();
            } finally {
                statement.close();
            }
        }
    }
}
