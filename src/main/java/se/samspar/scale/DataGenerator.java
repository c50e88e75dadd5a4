package se.samspar.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with a realistic synthetic population, deterministically by seed: programmes
 * with places and questionnaires, persons, intake groups of a programme starting every few weeks
 * over the years, the members' enrolments (started with their group, most exited with reasons and
 * codes), weekly sessions with attendance, and exit questionnaires answered by most who exited.
 * Written as set-based SQL (MariaDB's sequence tables), so that 10 million attendance rows take
 * minutes, not hours. The persons have names but no personnummer: no number that might belong to
 * a real person is ever made up.
 */
public final class DataGenerator {

    /** How much to generate. Enrolments = programmes × years × groups a year × members. */
    public record Size(String name, int programmes, int years, int groupsPerYear, int members, int sessions) {
        public long enrolments() {
            return (long) programmes * years * groupsPerYear * members;
        }

        public long attendance() {
            return enrolments() * sessions;
        }

        /** A förbund: six programmes, five years, 2 000 enrolments. */
        public static final Size FORBUND = new Size("forbund", 5, 5, 8, 10, 12);
        /** A hosted service or a decade of history: 500 000 enrolments, 10 million attendance rows. */
        public static final Size NATIONAL = new Size("national", 25, 10, 100, 20, 25);

        public static Size named(String name) {
            return switch (name) {
                case "forbund", "förbund" -> FORBUND;
                case "national" -> NATIONAL;
                default -> throw new IllegalArgumentException("Unknown size " + name + ": forbund or national");
            };
        }
    }

    /** What was generated. */
    public record Result(int programmes, long persons, long enrolments, long groups, long sessions, long attendance,
                         long responses, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final LocalDate today;

    public DataGenerator(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    public Result generate(Size size, long seed) {
        long started = System.currentTimeMillis();
        String tag = tag(size, seed);
        LocalDate first = today.minusYears(size.years());
        long p0 = maxId("programme");
        jdbc.update("INSERT INTO programme (name, kind, active_from, min_age, max_age, target_share_work_or_studies) "
                + "SELECT CONCAT('Skala ', ?, ' ', seq), 'BOTH', ?, 16, 67, 40 FROM seq_1_to_" + size.programmes() + " ORDER BY seq",
                tag, first);
        jdbc.update("INSERT INTO place_allocation (programme_id, kind, places, valid_from) "
                + "SELECT id, 'BUDGETED', ?, ? FROM programme WHERE id > ?",
                size.groupsPerYear() * size.members() / 2, first, p0);
        seedQuestionnaires();

        // Intake groups: every programme starts groupsPerYear groups a year, evenly spread.
        long g0 = maxId("group_round");
        int groupsPerProgramme = size.years() * size.groupsPerYear();
        String startOf = "DATE_ADD(?, INTERVAL FLOOR((g.seq - 1) * 365 / " + size.groupsPerYear() + ") DAY)";
        jdbc.update("INSERT INTO group_round (programme_id, name, start_date, end_date, capacity) "
                + "SELECT p.id, CONCAT('Grupp ', g.seq), " + startOf + ", DATE_ADD(" + startOf + ", INTERVAL ? DAY), ? "
                + "FROM programme p JOIN seq_1_to_" + groupsPerProgramme + " g WHERE p.id > ? ORDER BY p.id, g.seq",
                first, first, size.sessions() * 7 - 7, size.members(), p0);
        long groupTo = maxId("group_round");
        ordinals("group_round", g0, "scale_group_map");
        long groups = jdbc.queryForObject("SELECT COUNT(*) FROM group_round WHERE id > ?", Long.class, g0);

        // Persons: nine for every ten enrolments, so that some come back.
        long persons = Math.max(1, size.enrolments() * 9 / 10);
        long person0 = maxId("person");
        for (long from = 1; from <= persons; from += 200_000) {
            long to = Math.min(persons, from + 199_999);
            jdbc.update("INSERT INTO person (first_name, last_name, kon, birth_year, kommun) "
                    + "SELECT ELT(1 + MOD(CRC32(CONCAT(?, 'f', seq)), 12), 'Anna', 'Bo', 'Cecilia', 'David', 'Eva', "
                    + "'Filip', 'Greta', 'Hugo', 'Ida', 'Johan', 'Karin', 'Leo'), "
                    + "CONCAT(ELT(1 + MOD(CRC32(CONCAT(?, 'l', seq)), 10), 'Andersson', 'Berg', 'Carlsson', 'Dahl', "
                    + "'Ek', 'Forsberg', 'Gustafsson', 'Holm', 'Isaksson', 'Johansson'), ' ', seq), "
                    + "IF(MOD(CRC32(CONCAT(?, 'k', seq)), 100) < 55, 'KVINNA', 'MAN'), "
                    + "? - 20 - MOD(CRC32(CONCAT(?, 'y', seq)), 42), "
                    + "ELT(1 + MOD(CRC32(CONCAT(?, 'm', seq)), 3), 'Vänersborg', 'Mellerud', 'Trollhättan') "
                    + "FROM seq_" + from + "_to_" + to + " ORDER BY seq", seed, seed, seed, today.getYear(), seed, seed);
        }

        ordinals("person", person0, "scale_person_map");

        // Enrolments: the members of each group start with it; three in four exit at or shortly before
        // its end, the fourth stays on with individual support for one to seven months more.
        long e0 = maxId("enrolment");
        for (long g = g0 + 1; g <= groupTo; g += 2000) {
            long last = Math.min(groupTo, g + 1999);
            jdbc.update("INSERT INTO enrolment (person_id, programme_id, referral_date, referring_partner, decision, "
                    + "start_date, consent_given_date, consent_written, education, years_in_support, end_date, "
                    + "occupation_at_exit, follow_up_wanted) "
                    + "SELECT pm.id, g.programme_id, "
                    + "DATE_SUB(g.start_date, INTERVAL 21 DAY), ELT(1 + MOD(gm.n + m.seq, 4), 'AF', 'FK', 'VGR', 'VANERSBORG'), "
                    + "'ANTAGEN', g.start_date, g.start_date, TRUE, "
                    + "ELT(1 + MOD(CRC32(CONCAT(?, 'e', gm.n, '-', m.seq)), 4), 'GRUNDSKOLA', 'GYMNASIUM', 'HOGSKOLA', 'OKAND'), "
                    + "MOD(CRC32(CONCAT(?, 'n', gm.n, '-', m.seq)), 15), "
                    + "IF(MOD(CRC32(CONCAT(?, 'x', gm.n, '-', m.seq)), 4) = 0, "
                    + "   IF(DATE_ADD(g.end_date, INTERVAL 30 + MOD(CRC32(CONCAT(?, 'd', gm.n, '-', m.seq)), 180) DAY) > ?, NULL, "
                    + "       DATE_ADD(g.end_date, INTERVAL 30 + MOD(CRC32(CONCAT(?, 'd', gm.n, '-', m.seq)), 180) DAY)), "
                    + "   IF(g.end_date > ?, NULL, DATE_SUB(g.end_date, "
                    + "       INTERVAL MOD(CRC32(CONCAT(?, 'd', gm.n, '-', m.seq)), "
                    + "           LEAST(60, DATEDIFF(g.end_date, g.start_date) + 1)) DAY))), "
                    + "ELT(1 + MOD(CRC32(CONCAT(?, 'o', gm.n, '-', m.seq)), 5), 'EJ_SUBVENTIONERAT_ARBETE', "
                    + "'SUBVENTIONERAT_ARBETE', 'STUDIER', 'AKTIVT_ARBETSSOKANDE', 'OVRIGA'), FALSE "
                    + "FROM group_round g JOIN scale_group_map gm ON gm.id = g.id JOIN seq_1_to_" + size.members() + " m "
                    + "JOIN scale_person_map pm ON pm.n = 1 + MOD(CRC32(CONCAT(?, 'p', gm.n, '-', m.seq)), ?) "
                    + "WHERE g.id BETWEEN ? AND ? ORDER BY g.id, m.seq",
                    seed, seed, seed, seed, today, seed, today, seed, seed, seed, persons, g, last);
        }
        jdbc.execute("DROP TABLE scale_person_map");
        ordinals("enrolment", e0, "scale_enrolment_map");
        jdbc.update("UPDATE enrolment SET occupation_at_exit = NULL WHERE id > ? AND end_date IS NULL", e0);
        String newEnrolments = " FROM enrolment e JOIN scale_enrolment_map em ON em.id = e.id WHERE e.id > ?";
        jdbc.update("INSERT INTO enrolment_support_start (enrolment_id, code) SELECT e.id, ELT(1 + MOD(CRC32(CONCAT(?, 's', em.n)), 6), "
                + "'FORSORJNINGSSTOD', 'SJUKPENNING', 'A_KASSA', 'SJUKERSATTNING', 'AKTIVITETSERSATTNING', 'INGEN')"
                + newEnrolments, seed, e0);
        jdbc.update("INSERT INTO enrolment_exit_reason (enrolment_id, code) SELECT e.id, ELT(1 + MOD(CRC32(CONCAT(?, 'r', em.n)), 7), "
                + "'ARBETE', 'STUDIER', 'AKTIVT_ARBETSSOKANDE', 'FORTSATT_REHABILITERING', 'SJUKDOM', 'FLYTT', 'ARBETE')"
                + newEnrolments + " AND e.end_date IS NOT NULL", seed, e0);
        jdbc.update("INSERT INTO enrolment_support_after (enrolment_id, code) SELECT e.id, ELT(1 + MOD(CRC32(CONCAT(?, 'a', em.n)), 3), "
                + "'INGEN', 'A_KASSA', 'FORSORJNINGSSTOD')" + newEnrolments + " AND e.end_date IS NOT NULL", seed, e0);
        jdbc.update("INSERT INTO group_member (group_id, enrolment_id, joined, left_on) "
                + "SELECT g.id, e.id, g.start_date, IF(e.end_date <= g.end_date, e.end_date, NULL) FROM enrolment e JOIN group_round g "
                + "ON g.programme_id = e.programme_id AND g.start_date = e.start_date WHERE e.id > ? AND g.id > ?", e0, g0);

        // Weekly sessions, and every member's attendance until they left.
        long s0 = maxId("group_session");
        jdbc.update("INSERT INTO group_session (group_id, number, session_date, start_time, end_time) "
                + "SELECT g.id, s.seq, DATE_ADD(g.start_date, INTERVAL (s.seq - 1) * 7 DAY), '09:00', '11:30' "
                + "FROM group_round g JOIN seq_1_to_" + size.sessions() + " s WHERE g.id > ? "
                + "AND DATE_ADD(g.start_date, INTERVAL (s.seq - 1) * 7 DAY) <= ? ORDER BY g.id, s.seq", g0, today);
        long sessions = jdbc.queryForObject("SELECT COUNT(*) FROM group_session WHERE id > ?", Long.class, s0);
        long a = 0;
        for (long g = g0 + 1; g <= groupTo; g += 500) {
            a += jdbc.update("INSERT INTO attendance (session_id, enrolment_id, status) "
                    + "SELECT s.id, m.enrolment_id, ELT(1 + MOD(CRC32(CONCAT(?, gm.n, '-', s.number, '-', em.n)), 10), "
                    + "'NARVARANDE', 'NARVARANDE', 'NARVARANDE', 'NARVARANDE', 'NARVARANDE', 'NARVARANDE', 'NARVARANDE', "
                    + "'FRANVARANDE', 'FRANVARANDE', 'AVBOKAT') "
                    + "FROM group_member m JOIN group_session s ON s.group_id = m.group_id "
                    + "JOIN scale_group_map gm ON gm.id = m.group_id JOIN scale_enrolment_map em ON em.id = m.enrolment_id "
                    + "WHERE m.group_id BETWEEN ? AND ? AND (m.left_on IS NULL OR s.session_date <= m.left_on)",
                    seed, g, Math.min(groupTo, g + 499));
        }

        // Two in three who exited answered the exit questionnaire (the three statements).
        long r0 = maxId("questionnaire_response");
        jdbc.update("INSERT INTO questionnaire_response (template_id, programme_id, purpose, counts_on, mode) "
                + "SELECT t.id, e.programme_id, 'EXIT', e.end_date, 'STAFF' FROM enrolment e "
                + "JOIN scale_enrolment_map em ON em.id = e.id "
                + "JOIN questionnaire_template t ON t.programme_id = e.programme_id AND t.purpose = 'EXIT' AND t.active "
                + "WHERE e.id > ? AND e.end_date IS NOT NULL AND MOD(CRC32(CONCAT(?, 'q', em.n)), 3) < 2 ORDER BY e.id",
                e0, seed);
        jdbc.update("INSERT INTO questionnaire_answer (response_id, position, scale_value) "
                + "SELECT r.id, i.seq, 3 + MOD(CRC32(CONCAT(?, 'v', r.n, '-', i.seq)), 4) "
                + "FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) n FROM questionnaire_response WHERE id > ?) r "
                + "JOIN seq_0_to_2 i", seed, r0);
        jdbc.execute("DROP TABLE scale_group_map");
        jdbc.execute("DROP TABLE scale_enrolment_map");
        long responses = jdbc.queryForObject("SELECT COUNT(*) FROM questionnaire_response WHERE id > ?", Long.class, r0);
        long enrolments = jdbc.queryForObject("SELECT COUNT(*) FROM enrolment WHERE id > ?", Long.class, e0);
        return new Result(size.programmes(), persons, enrolments, groups, sessions, a, responses,
                System.currentTimeMillis() - started);
    }

    /**
     * Numbers the rows just inserted 1, 2, 3 … in id order, for the random choices to be keyed by
     * and rows to be picked by: ids depend on what the database held before (and bulk inserts may
     * leave gaps), the numbers only on the seed, so that a seed gives the same population in any
     * database.
     */
    private void ordinals(String table, long after, String map) {
        jdbc.execute("DROP TABLE IF EXISTS " + map);
        jdbc.execute("CREATE TABLE " + map + " (id BIGINT NOT NULL PRIMARY KEY, n BIGINT NOT NULL UNIQUE)");
        jdbc.update("INSERT INTO " + map + " SELECT id, ROW_NUMBER() OVER (ORDER BY id) FROM " + table + " WHERE id > ?",
                after);
    }

    /** The programmes this size and seed generated, in order (their names carry both). */
    public List<Long> programmes(Size size, long seed) {
        return jdbc.queryForList("SELECT id FROM programme WHERE name LIKE ? ORDER BY id", Long.class,
                "Skala " + tag(size, seed) + " %");
    }

    private static String tag(Size size, long seed) {
        return "S" + seed + "-" + size.name();
    }

    private long maxId(String table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return max == null ? 0 : max;
    }

    /** The questionnaires every programme starts with: the migration's own statements, run again. */
    private void seedQuestionnaires() {
        try {
            String sql = new ClassPathResource("db/migration/V7__seed_questionnaires.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
            Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(jdbc::execute);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
