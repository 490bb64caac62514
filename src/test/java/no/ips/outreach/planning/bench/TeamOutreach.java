package no.ips.outreach.planning.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Bulk-loads the planner benchmark's world into a migrated database: one team of 20 specialists with offices in Bodø,
 * 5,000 employers around it (a few do-not-contact), 25 participants per specialist (job seekers with occupations, a
 * home and hours, one in four wanting full-time work in occupations no opening offers, so that no opening suits them
 * and matching looks for employers to approach; employed ones with a job start; some waiting for their first employer contact), two open openings
 * per employer, two years of visits (500 per specialist, one in ten with a next step, a third on behalf of a
 * participant) and a few participants interested in an opening. Seeded: the same on every run.
 */
public final class TeamOutreach {

    public static final int SPECIALISTS = 20;
    public static final int EMPLOYERS = 5_000;
    public static final int PARTICIPANTS_PER_SPECIALIST = 25;
    static final int VISITS_PER_SPECIALIST = 500;
    static final int OPENINGS_PER_EMPLOYER = 2;
    static final int DAYS = 730;
    public static final String MANAGER = "bench-manager";

    private static final double BODO_LAT = 67.2804;
    private static final double BODO_LON = 14.4049;
    private static final String[] MODES = {"IN_PERSON", "IN_PERSON", "IN_PERSON", "IN_PERSON", "IN_PERSON",
            "IN_PERSON", "IN_PERSON", "PHONE", "PHONE", "VIDEO", "EMAIL", "EVENT"};
    private static final String[] STATUSES = {"ENGAGEMENT", "JOB_SEARCH", "JOB_SEARCH", "JOB_SEARCH", "JOB_SEARCH",
            "EMPLOYED", "EMPLOYED", "FOLLOW_ALONG", "IN_EDUCATION", "CLOSED"};
    private static final String[] NACE = {"47.111", "56.101", "10.710", "55.101", "87.101", "88.101", "43.210",
            "41.200", "45.201", "49.410", "52.100", "81.210"};
    private static final String[] ISCO = {"5120", "5223", "9112", "5322", "7411", "8322", "4321", "5131", "7512", "9333"};
    /** Occupations no opening offers: a participant wanting only these gets employers to approach instead. */
    private static final String[] UNOFFERED = {"2221", "2341", "3412"};
    private static final String CREATED = "'2024-01-01 00:00:00'";

    private final Connection db;
    private final LocalDate today;
    private final Random random = new Random(20261123L);

    public TeamOutreach(Connection db, LocalDate today) {
        this.db = db;
        this.today = today;
    }

    public static String username(int specialist) {
        return String.format("s%02d", specialist);
    }

    public static long firstParticipantOf(int specialist) {
        return (long) (specialist - 1) * PARTICIPANTS_PER_SPECIALIST + 1;
    }

    public void load() throws SQLException {
        db.setAutoCommit(false);
        db.createStatement().executeUpdate("INSERT INTO team (id, version, code, name, kind, created_at) "
                + "VALUES (1, 1, 'nav-bodo', 'NAV Bodø', 'NAV_OFFICE', " + CREATED + ")");
        db.createStatement().executeUpdate("INSERT INTO team_manager (team_id, username) VALUES (1, '" + MANAGER + "')");
        try (var specialists = db.prepareStatement("INSERT INTO specialist (id, version, username, display_name, team_id, "
                + "weekly_hours, office_latitude, office_longitude, created_at, updated_at) VALUES (?, 1, ?, ?, 1, 37.5, ?, ?, "
                + CREATED + ", " + CREATED + ")");
             var employers = db.prepareStatement("INSERT INTO employer (id, version, country, org_number, name, nace_code, "
                     + "street, postcode, city, latitude, longitude, do_not_contact, do_not_contact_reason, created_at, updated_at) "
                     + "VALUES (?, 1, 'NO', ?, ?, ?, ?, '8006', 'Bodø', ?, ?, ?, ?, " + CREATED + ", " + CREATED + ")");
             var openings = db.prepareStatement("INSERT INTO job_opening (version, employer_id, title, isco_code, "
                     + "hours_per_week, latitude, longitude, positions, competitive, source, status, status_changed_at, "
                     + "created_by, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, 1, TRUE, 'ADVERTISED', 'OPEN', "
                     + CREATED + ", 'bench', " + CREATED + ", " + CREATED + ")")) {
            for (int s = 1; s <= SPECIALISTS; s++) {
                specialists.setLong(1, s);
                specialists.setString(2, username(s));
                specialists.setString(3, "Specialist " + s);
                specialists.setDouble(4, BODO_LAT + random.nextGaussian() * 0.01);
                specialists.setDouble(5, BODO_LON + random.nextGaussian() * 0.02);
                specialists.addBatch();
            }
            for (int e = 1; e <= EMPLOYERS; e++) {
                boolean refused = e % 97 == 0;
                double lat = BODO_LAT + random.nextGaussian() * 0.08;
                double lon = BODO_LON + random.nextGaussian() * 0.2;
                employers.setLong(1, e);
                employers.setString(2, String.format("%09d", 100_000_000 + e));
                employers.setString(3, "Arbeidsgiver " + e);
                employers.setString(4, NACE[e % NACE.length]);
                employers.setString(5, "Gate " + e);
                employers.setDouble(6, lat);
                employers.setDouble(7, lon);
                employers.setBoolean(8, refused);
                employers.setString(9, refused ? "Asked not to be contacted" : null);
                employers.addBatch();
                for (int o = 0; o < OPENINGS_PER_EMPLOYER; o++) {
                    openings.setLong(1, e);
                    openings.setString(2, "Stilling " + e + "-" + o);
                    openings.setString(3, ISCO[random.nextInt(ISCO.length)]);
                    openings.setInt(4, 10 + random.nextInt(28));
                    openings.setDouble(5, lat);
                    openings.setDouble(6, lon);
                    openings.addBatch();
                }
                if (e % 500 == 0) {
                    employers.executeBatch();
                    openings.executeBatch();
                }
            }
            specialists.executeBatch();
            employers.executeBatch();
            openings.executeBatch();
        }
        db.commit();
        loadParticipants();
        loadVisits();
        loadJobStartsAndDecisions();
    }

    private void loadParticipants() throws SQLException {
        try (var participants = db.prepareStatement("INSERT INTO participant (id, version, alias, specialist_id, program, "
                + "enrolled_on, status, disclosure, driving_licence, hours_min, hours_max, max_travel_km, home_latitude, "
                + "home_longitude, first_face_to_face_on, created_at, updated_at) VALUES (?, 1, ?, ?, 'IPS', ?, ?, 'GENERAL', "
                + "FALSE, ?, ?, 25, ?, ?, ?, " + CREATED + ", " + CREATED + ")");
             var occupations = db.prepareStatement("INSERT INTO participant_occupation (participant_id, priority, isco_code) "
                     + "VALUES (?, ?, ?)")) {
            for (int s = 1; s <= SPECIALISTS; s++) {
                for (int p = 0; p < PARTICIPANTS_PER_SPECIALIST; p++) {
                    long id = firstParticipantOf(s) + p;
                    // a few recent job seekers still wait for their first employer contact
                    boolean waiting = p < 2;
                    LocalDate enrolled = waiting ? today.minusDays(18 + random.nextInt(10)) : today.minusDays(60 + random.nextInt(DAYS - 60));
                    participants.setLong(1, id);
                    participants.setString(2, "P" + id);
                    participants.setLong(3, s);
                    participants.setObject(4, enrolled);
                    participants.setString(5, waiting ? "JOB_SEARCH" : STATUSES[random.nextInt(STATUSES.length)]);
                    // one in four wants work no opening offers, full time: no opening suits them
                    boolean unoffered = random.nextInt(4) == 0;
                    participants.setInt(6, unoffered ? 38 : 10);
                    participants.setInt(7, unoffered ? 40 : 30);
                    participants.setDouble(8, BODO_LAT + random.nextGaussian() * 0.05);
                    participants.setDouble(9, BODO_LON + random.nextGaussian() * 0.1);
                    participants.setObject(10, waiting ? null : enrolled.plusDays(5 + random.nextInt(40)));
                    participants.addBatch();
                    for (int priority = 1; priority <= 1 + random.nextInt(2); priority++) {
                        occupations.setLong(1, id);
                        occupations.setInt(2, priority);
                        occupations.setString(3, unoffered ? UNOFFERED[priority - 1] : ISCO[random.nextInt(ISCO.length)]);
                        occupations.addBatch();
                    }
                }
            }
            participants.executeBatch();
            occupations.executeBatch();
        }
        db.commit();
    }

    private void loadVisits() throws SQLException {
        try (var visits = db.prepareStatement("INSERT INTO visit (id, version, employer_id, specialist, started_at, "
                + "meeting_minutes, travel_minutes, mode, purpose, quality, next_step, next_step_due, created_at, individualized) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 'DESCRIBES_STRENGTHS', ?, ?, ?, FALSE)");
             var links = db.prepareStatement("INSERT INTO visit_participant (visit_id, participant_id, disclosure) VALUES (?, ?, 'NONE')")) {
            long id = 0;
            for (int s = 1; s <= SPECIALISTS; s++) {
                for (int v = 0; v < VISITS_PER_SPECIALIST; v++) {
                    LocalDateTime at = today.minusDays(1 + random.nextInt(DAYS)).atTime(7 + random.nextInt(9), random.nextInt(60));
                    boolean onBehalf = random.nextInt(3) == 0;
                    boolean nextStep = random.nextInt(10) == 0;
                    String mode = MODES[random.nextInt(MODES.length)];
                    visits.setLong(1, ++id);
                    visits.setLong(2, 1 + random.nextInt(EMPLOYERS));
                    visits.setString(3, username(s));
                    visits.setObject(4, at);
                    visits.setInt(5, 15 + random.nextInt(76));
                    visits.setInt(6, mode.equals("IN_PERSON") ? random.nextInt(61) : 0);
                    visits.setString(7, mode);
                    visits.setString(8, onBehalf ? "PARTICIPANT_JOB_DEVELOPMENT" : "GENERAL_JOB_DEVELOPMENT");
                    visits.setString(9, nextStep ? "Call back about the opening" : null);
                    visits.setObject(10, nextStep ? at.toLocalDate().plusDays(7 + random.nextInt(21)) : null);
                    visits.setObject(11, at);
                    visits.addBatch();
                    if (onBehalf) {
                        links.setLong(1, id);
                        links.setLong(2, firstParticipantOf(s) + random.nextInt(PARTICIPANTS_PER_SPECIALIST));
                        links.addBatch();
                    }
                }
                visits.executeBatch();
                links.executeBatch();
            }
        }
        db.commit();
    }

    private void loadJobStartsAndDecisions() throws SQLException {
        try (var starts = db.prepareStatement("INSERT INTO job_start (version, participant_id, employer_id, start_date, "
                + "hours_per_week, isco_code, competitive, created_by, created_at) "
                + "SELECT 1, p.id, ?, ?, 20, '5120', TRUE, 'bench', " + CREATED + " FROM participant p "
                + "WHERE p.id = ? AND p.status IN ('EMPLOYED', 'FOLLOW_ALONG')");
             var decisions = db.prepareStatement("INSERT INTO match_decision (version, participant_id, opening_id, stage, "
                     + "stage_changed_at, created_by, created_at) SELECT 1, p.id, ?, 'INTERESTED', ?, 'bench', ? FROM participant p "
                     + "WHERE p.id = ? AND p.status = 'JOB_SEARCH'")) {
            for (int s = 1; s <= SPECIALISTS; s++) {
                for (int p = 0; p < PARTICIPANTS_PER_SPECIALIST; p++) {
                    long participant = firstParticipantOf(s) + p;
                    starts.setLong(1, 1 + random.nextInt(EMPLOYERS));
                    starts.setObject(2, today.minusDays(7 + random.nextInt(200)));
                    starts.setLong(3, participant);
                    starts.addBatch();
                    if (random.nextInt(8) == 0) {
                        LocalDateTime when = today.minusDays(1 + random.nextInt(20)).atTime(10, 0);
                        decisions.setLong(1, 1 + random.nextInt(EMPLOYERS * OPENINGS_PER_EMPLOYER));
                        decisions.setObject(2, when);
                        decisions.setObject(3, when);
                        decisions.setLong(4, participant);
                        decisions.addBatch();
                    }
                }
            }
            starts.executeBatch();
            decisions.executeBatch();
        }
        db.commit();
    }
}
