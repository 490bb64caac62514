package no.ips.outreach.audit.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import no.ips.outreach.audit.entity.IsoWeek;

/**
 * Bulk-loads two years of synthetic outreach into a migrated database: 100 teams of 20 specialists, 50 local
 * employers per team, 25 participants per specialist, 500 visits per specialist (about five a week, 70 % in person),
 * a third of them on behalf of a participant, two job starts per specialist and nine in ten weeks signed off.
 */
final class NationalOutreach {

    static final int TEAMS = 100;
    static final int SPECIALISTS_PER_TEAM = 20;
    static final int EMPLOYERS_PER_TEAM = 50;
    static final int PARTICIPANTS_PER_SPECIALIST = 25;
    static final int VISITS_PER_SPECIALIST = 500;
    static final int DAYS = 730;

    private static final String[] MODES = {"IN_PERSON", "IN_PERSON", "IN_PERSON", "IN_PERSON", "IN_PERSON",
            "IN_PERSON", "IN_PERSON", "PHONE", "PHONE", "VIDEO", "EMAIL", "EVENT"};
    private static final String[] QUALITY = {"DROPS_OFF_APPLICATIONS", "ASKS_ABOUT_OPENINGS", "FOLLOWS_UP_OPENINGS",
            "DESCRIBES_STRENGTHS", "LEARNS_EMPLOYER_NEEDS"};
    private static final String[] STATUSES = {"ENGAGEMENT", "JOB_SEARCH", "JOB_SEARCH", "JOB_SEARCH", "EMPLOYED",
            "FOLLOW_ALONG", "IN_EDUCATION", "CLOSED"};
    private static final String[] NACE = {"47.111", "56.101", "10.710", "55.101", "87.101", "88.101", "43.210",
            "41.200", "45.201", "49.410", "52.100", "81.210"};
    private static final String[] ISCO = {"5120", "5223", "9112", "5322", "7411", "8322", "4321", "5131", "7512", "9333"};

    private final Connection db;
    private final LocalDate today;
    private final Random random = new Random(20261123L);

    NationalOutreach(Connection db, LocalDate today) {
        this.db = db;
        this.today = today;
    }

    static int specialists() {
        return TEAMS * SPECIALISTS_PER_TEAM;
    }

    LocalDate firstDay() {
        return today.minusDays(DAYS);
    }

    void load() throws SQLException {
        db.setAutoCommit(false);
        String created = "'2024-01-01 00:00:00'";
        try (var teams = db.prepareStatement("INSERT INTO team (id, version, code, name, kind, created_at) VALUES (?, 1, ?, ?, 'NAV_OFFICE', " + created + ")");
             var specialists = db.prepareStatement("INSERT INTO specialist (id, version, username, display_name, team_id, weekly_hours, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, " + created + ", " + created + ")");
             var employers = db.prepareStatement("INSERT INTO employer (id, version, country, org_number, name, nace_code, created_at, updated_at) VALUES (?, 1, 'NO', ?, ?, ?, " + created + ", " + created + ")")) {
            for (int t = 1; t <= TEAMS; t++) {
                teams.setLong(1, t);
                teams.setString(2, "team-" + t);
                teams.setString(3, "NAV " + t);
                teams.addBatch();
                for (int s = 0; s < SPECIALISTS_PER_TEAM; s++) {
                    int id = (t - 1) * SPECIALISTS_PER_TEAM + s + 1;
                    specialists.setLong(1, id);
                    specialists.setString(2, username(id));
                    specialists.setString(3, "Specialist " + id);
                    specialists.setLong(4, t);
                    specialists.setBigDecimal(5, new java.math.BigDecimal(id % 7 == 0 ? "18.8" : "37.5"));
                    specialists.addBatch();
                }
                for (int e = 0; e < EMPLOYERS_PER_TEAM; e++) {
                    int id = (t - 1) * EMPLOYERS_PER_TEAM + e + 1;
                    employers.setLong(1, id);
                    employers.setString(2, String.format("%09d", 100_000_000 + id));
                    employers.setString(3, "Arbeidsgiver " + id);
                    employers.setString(4, NACE[id % NACE.length]);
                    employers.addBatch();
                }
            }
            teams.executeBatch();
            specialists.executeBatch();
            employers.executeBatch();
        }
        db.createStatement().executeUpdate("INSERT INTO team_manager (team_id, username) VALUES (1, 'bench-manager')");
        db.commit();
        loadParticipants();
        loadVisits();
        loadJobStartsAndReviews();
    }

    static String username(int specialist) {
        return String.format("s%04d", specialist);
    }

    private void loadParticipants() throws SQLException {
        try (var participants = db.prepareStatement("INSERT INTO participant (id, version, alias, specialist_id, program, "
                + "enrolled_on, status, disclosure, driving_licence, created_at, updated_at) VALUES (?, 1, ?, ?, 'IPS', ?, ?, "
                + "'NONE', FALSE, '2024-01-01 00:00:00', '2024-01-01 00:00:00')")) {
            int id = 0;
            for (int s = 1; s <= specialists(); s++) {
                for (int p = 0; p < PARTICIPANTS_PER_SPECIALIST; p++) {
                    participants.setLong(1, ++id);
                    participants.setString(2, "P" + id);
                    participants.setLong(3, s);
                    participants.setObject(4, firstDay().plusDays(random.nextInt(DAYS)));
                    participants.setString(5, STATUSES[random.nextInt(STATUSES.length)]);
                    participants.addBatch();
                }
                flushEvery(participants, s, 40);
            }
            participants.executeBatch();
        }
        db.commit();
    }

    private void loadVisits() throws SQLException {
        try (var visits = db.prepareStatement("INSERT INTO visit (id, version, employer_id, specialist, started_at, "
                + "meeting_minutes, travel_minutes, mode, purpose, quality, created_at, individualized) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             var links = db.prepareStatement("INSERT INTO visit_participant (visit_id, participant_id, disclosure) VALUES (?, ?, 'NONE')")) {
            long id = 0;
            for (int s = 1; s <= specialists(); s++) {
                int team = (s - 1) / SPECIALISTS_PER_TEAM + 1;
                for (int v = 0; v < VISITS_PER_SPECIALIST; v++) {
                    LocalDateTime at = firstDay().plusDays(random.nextInt(DAYS)).atTime(7 + random.nextInt(9), random.nextInt(60));
                    boolean onBehalf = random.nextInt(3) == 0;
                    String mode = MODES[random.nextInt(MODES.length)];
                    visits.setLong(1, ++id);
                    visits.setLong(2, (team - 1) * EMPLOYERS_PER_TEAM + 1 + random.nextInt(EMPLOYERS_PER_TEAM));
                    visits.setString(3, username(s));
                    visits.setObject(4, at);
                    visits.setInt(5, 15 + random.nextInt(76));
                    visits.setInt(6, mode.equals("IN_PERSON") || mode.equals("EVENT") ? random.nextInt(61) : 0);
                    visits.setString(7, mode);
                    visits.setString(8, onBehalf ? "PARTICIPANT_JOB_DEVELOPMENT" : "GENERAL_JOB_DEVELOPMENT");
                    visits.setString(9, QUALITY[random.nextInt(QUALITY.length)]);
                    visits.setObject(10, at);
                    visits.setBoolean(11, onBehalf && random.nextInt(10) < 7);
                    visits.addBatch();
                    if (onBehalf) {
                        links.setLong(1, id);
                        links.setLong(2, (long) (s - 1) * PARTICIPANTS_PER_SPECIALIST + 1 + random.nextInt(PARTICIPANTS_PER_SPECIALIST));
                        links.addBatch();
                    }
                }
                if (s % 20 == 0) {
                    visits.executeBatch();
                    links.executeBatch();
                    db.commit();
                }
            }
            visits.executeBatch();
            links.executeBatch();
        }
        db.commit();
    }

    private void loadJobStartsAndReviews() throws SQLException {
        try (var starts = db.prepareStatement("INSERT INTO job_start (version, participant_id, employer_id, start_date, "
                + "hours_per_week, isco_code, competitive, created_by, created_at) VALUES (1, ?, ?, ?, 20, ?, ?, 'bench', '2024-01-01 00:00:00')");
             var reviews = db.prepareStatement("INSERT INTO week_review (specialist_id, week_start, signed_by, signed_at, "
                     + "contacts_signed) VALUES (?, ?, 'bench-manager', ?, 5)")) {
            IsoWeek first = IsoWeek.of(firstDay());
            IsoWeek current = IsoWeek.of(today);
            for (int s = 1; s <= specialists(); s++) {
                int team = (s - 1) / SPECIALISTS_PER_TEAM + 1;
                for (int j = 0; j < 2; j++) {
                    starts.setLong(1, (long) (s - 1) * PARTICIPANTS_PER_SPECIALIST + 1 + random.nextInt(PARTICIPANTS_PER_SPECIALIST));
                    starts.setLong(2, (team - 1) * EMPLOYERS_PER_TEAM + 1 + random.nextInt(EMPLOYERS_PER_TEAM));
                    starts.setObject(3, firstDay().plusDays(random.nextInt(DAYS)));
                    starts.setString(4, ISCO[random.nextInt(ISCO.length)]);
                    starts.setBoolean(5, random.nextInt(10) < 9);
                    starts.addBatch();
                }
                for (IsoWeek week = first; week.compareTo(current) < 0; week = week.next()) {
                    if (random.nextInt(10) < 9) {
                        reviews.setLong(1, s);
                        reviews.setObject(2, week.monday());
                        reviews.setObject(3, week.sunday().plusDays(1).atTime(12, 0));
                        reviews.addBatch();
                    }
                }
                flushEvery(reviews, s, 100);
            }
            starts.executeBatch();
            reviews.executeBatch();
        }
        db.commit();
    }

    private void flushEvery(PreparedStatement batch, int count, int every) throws SQLException {
        if (count % every == 0) {
            batch.executeBatch();
            db.commit();
        }
    }
}
