package se.samspar.importexport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.importexport.Sheet.Columns;

/**
 * A programme's data for a period in the import format, so that the export of one database
 * imports into another: the enrolments referred by the period's end and not exited before its
 * start, their persons, exits, follow-ups and assessments, and the period's headcounts, attendance and
 * questionnaire answers. Codes are written as their labels; an anonymous person by their key.
 */
public final class Exporter {

    /** The enrolments an export covers: referred by the period's end, not exited before its start. */
    private static final String COVERED = "e.programme_id = ? AND e.referral_date <= ? "
            + "AND (e.end_date IS NULL OR e.end_date >= ?)";

    private final JdbcTemplate jdbc;

    public Exporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Table> export(long programmeId, LocalDate from, LocalDate to) {
        Codes codes = new Codes(jdbc);
        String programme = jdbc.queryForObject("SELECT name FROM programme WHERE id = ?", String.class, programmeId);
        Map<Long, List<String>> supportStart = codes(codes.support, "enrolment_support_start", programmeId, from, to);
        Map<Long, List<String>> reasons = codes(codes.exitReason, "enrolment_exit_reason", programmeId, from, to);
        Map<Long, List<String>> supportAfter = codes(codes.support, "enrolment_support_after", programmeId, from, to);

        List<List<String>> persons = new ArrayList<>();
        List<List<String>> enrolments = new ArrayList<>();
        List<List<String>> exits = new ArrayList<>();
        Map<Long, String[]> personOfEnrolment = new HashMap<>();
        java.util.Set<Long> personsDone = new java.util.HashSet<>();
        jdbc.query("""
                SELECT e.id, p.id, p.personnummer, p.anonymous_key, p.anonymous,
                       p.first_name, p.last_name, p.kon, p.birth_year, p.kommun, p.phone, p.email,
                       e.referral_date, e.referring_partner, e.decision, e.decision_reason, e.start_date,
                       e.consent_given_date, e.consent_written, e.education, e.years_in_support, e.end_date,
                       e.exit_other_comment, e.occupation_at_exit, e.follow_up_wanted, e.over_budget_reason,
                       e.age_override_reason
                FROM enrolment e JOIN person p ON p.id = e.person_id
                WHERE\s""" + COVERED + " ORDER BY p.id, e.referral_date", rs -> {
            long enrolmentId = rs.getLong(1);
            boolean anonymous = rs.getBoolean(5);
            String pnr = anonymous ? "" : text(rs.getString(3));
            String key = anonymous ? rs.getString(4) : "";
            if (personsDone.add(rs.getLong(2))) {
                persons.add(List.of(pnr, key, text(rs.getString(6)), text(rs.getString(7)),
                        Formats.label(Formats.KON, rs.getString(8)), String.valueOf(rs.getInt(9)), text(rs.getString(10)),
                        text(rs.getString(11)), text(rs.getString(12))));
            }
            LocalDate start = rs.getObject(17, LocalDate.class);
            String startText = start == null ? "" : start.toString();
            personOfEnrolment.put(enrolmentId, new String[] {pnr, key, startText});
            int years = rs.getInt(21);
            String yearsText = rs.wasNull() ? "" : String.valueOf(years);
            enrolments.add(List.of(pnr, key, programme, rs.getObject(13, LocalDate.class).toString(),
                    label(codes.partner, rs.getString(14)), Formats.label(Formats.DECISION, rs.getString(15)),
                    text(rs.getString(16)), startText, text(rs.getObject(18, LocalDate.class)),
                    rs.getBoolean(19) ? "Ja" : "Nej", label(codes.education, rs.getString(20)),
                    String.join(";", supportStart.getOrDefault(enrolmentId, List.of())), yearsText,
                    text(rs.getString(26)), text(rs.getString(27))));
            LocalDate end = rs.getObject(22, LocalDate.class);
            if (end != null) {
                exits.add(List.of(pnr, key, programme, startText, end.toString(),
                        String.join(";", reasons.getOrDefault(enrolmentId, List.of())), text(rs.getString(23)),
                        label(codes.occupation, rs.getString(24)),
                        String.join(";", supportAfter.getOrDefault(enrolmentId, List.of())),
                        rs.getBoolean(25) ? "Ja" : "Nej"));
            }
        }, programmeId, to, from);

        List<List<String>> followUps = new ArrayList<>();
        jdbc.query("""
                SELECT f.enrolment_id, f.contact_date, f.kind, f.note FROM follow_up_contact f
                JOIN enrolment e ON e.id = f.enrolment_id
                WHERE\s""" + COVERED + " ORDER BY f.enrolment_id, f.contact_date", rs -> {
            String[] p = personOfEnrolment.get(rs.getLong(1));
            if (p != null) {
                followUps.add(List.of(p[0], p[1], programme, p[2], rs.getObject(2, LocalDate.class).toString(),
                        Formats.label(Formats.HOW, rs.getString(3)), text(rs.getString(4))));
            }
        }, programmeId, to, from);

        List<List<String>> headcounts = jdbc.query("""
                SELECT count_date, activity, age_band, women, men FROM headcount
                WHERE programme_id = ? AND count_date BETWEEN ? AND ? ORDER BY count_date, id""",
                (rs, i) -> List.of(programme, rs.getObject(1, LocalDate.class).toString(), text(rs.getString(2)),
                        text(rs.getString(3)), String.valueOf(rs.getInt(4)), String.valueOf(rs.getInt(5))),
                programmeId, from, to);

        List<List<String>> attendance = new ArrayList<>();
        jdbc.query("""
                SELECT a.enrolment_id, g.name, s.session_date, s.start_time, s.end_time, a.status
                FROM attendance a JOIN group_session s ON s.id = a.session_id JOIN group_round g ON g.id = s.group_id
                WHERE g.programme_id = ? AND s.session_date BETWEEN ? AND ?
                ORDER BY g.name, s.session_date, s.start_time, a.enrolment_id""", rs -> {
            String[] p = personOfEnrolment.get(rs.getLong(1));
            if (p != null) {
                attendance.add(List.of(p[0], p[1], programme, p[2], rs.getString(2),
                        rs.getObject(3, LocalDate.class).toString(), text(rs.getObject(4, LocalTime.class)),
                        text(rs.getObject(5, LocalTime.class)), Formats.label(Formats.STATUS, rs.getString(6))));
            }
        }, programmeId, from, to);

        Map<Long, List<String>> responseHeads = new TreeMap<>();
        Map<Long, Map<Integer, String>> responseAnswers = new HashMap<>();
        TreeSet<Integer> positions = new TreeSet<>();
        jdbc.query("""
                SELECT r.id, r.purpose, g.name, r.counts_on, r.mode, a.position, a.scale_value, a.text
                FROM questionnaire_response r LEFT JOIN group_round g ON g.id = r.group_id
                LEFT JOIN questionnaire_answer a ON a.response_id = r.id
                WHERE r.programme_id = ? AND r.counts_on BETWEEN ? AND ? ORDER BY r.id, a.position""", rs -> {
            long id = rs.getLong(1);
            if (!responseHeads.containsKey(id)) {
                responseHeads.put(id, List.of(programme, Formats.label(Formats.PURPOSE, rs.getString(2)),
                        text(rs.getString(3)), rs.getObject(4, LocalDate.class).toString(),
                        Formats.label(Formats.MODE, rs.getString(5))));
            }
            int position = rs.getInt(6);
            if (!rs.wasNull()) {
                int scale = rs.getInt(7);
                String value = rs.wasNull() ? rs.getString(8) : String.valueOf(scale);
                if (value != null) {
                    // Positions count from 0; the file's questions from 1.
                    positions.add(position + 1);
                    responseAnswers.computeIfAbsent(id, k -> new HashMap<>()).put(position + 1, value);
                }
            }
        }, programmeId, from, to);
        int questions = positions.isEmpty() ? 1 : Math.min(positions.last(), Columns.MAX_QUESTIONS);
        List<String> answerColumns = Sheet.ENKATSVAR.columns().subList(0, 5 + questions);
        List<List<String>> answers = new ArrayList<>();
        responseHeads.forEach((id, head) -> {
            List<String> row = new ArrayList<>(head);
            Map<Integer, String> values = responseAnswers.getOrDefault(id, Map.of());
            for (int q = 1; q <= questions; q++) {
                row.add(values.getOrDefault(q, ""));
            }
            answers.add(row);
        });

        return List.of(table(Sheet.PERSONER, persons), table(Sheet.INSKRIVNINGAR, enrolments), table(Sheet.AVSLUT, exits),
                table(Sheet.UPPFOLJNINGAR, followUps), table(Sheet.PINNSTATISTIK, headcounts),
                table(Sheet.NARVARO, attendance), new Table(Sheet.ENKATSVAR, answerColumns, rows(answers)),
                AssessmentSheet.export(jdbc, programmeId, programme, personOfEnrolment));
    }

    private static final String KEY_LETTERS = "BCDFGHJKLMNPQRSTVWXZ";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * Gives each anonymous person of the export who has no key one ({@code ANON-} and eight random
     * letters, stored), so that the file names them and an import matches them again here or in
     * another database, never someone else there.
     */
    public void giveKeys(long programmeId, LocalDate from, LocalDate to) {
        List<Long> keyless = jdbc.queryForList("""
                SELECT DISTINCT p.id FROM enrolment e JOIN person p ON p.id = e.person_id
                WHERE\s""" + COVERED + " AND p.anonymous AND p.anonymous_key IS NULL", Long.class, programmeId, to, from);
        jdbc.batchUpdate("UPDATE person SET anonymous_key = ? WHERE id = ?", keyless, 500, (ps, id) -> {
            StringBuilder key = new StringBuilder("ANON-");
            for (int i = 0; i < 8; i++) {
                key.append(KEY_LETTERS.charAt(RANDOM.nextInt(KEY_LETTERS.length())));
            }
            ps.setString(1, key.toString());
            ps.setLong(2, id);
        });
    }

    /** The persons an export of the programme and period carries (one audit entry each). */
    public List<Long> personIds(long programmeId, LocalDate from, LocalDate to) {
        return jdbc.queryForList("SELECT DISTINCT e.person_id FROM enrolment e WHERE " + COVERED + " ORDER BY 1",
                Long.class, programmeId, to, from);
    }

    private static Table table(Sheet sheet, List<List<String>> rows) {
        return new Table(sheet, sheet.columns(), rows(rows));
    }

    private static List<Table.Row> rows(List<List<String>> rows) {
        List<Table.Row> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            result.add(new Table.Row(i + 2, rows.get(i)));
        }
        return result;
    }

    private Map<Long, List<String>> codes(Codes.CodeList list, String table, long programmeId, LocalDate from, LocalDate to) {
        Map<Long, List<String>> result = new HashMap<>();
        jdbc.query("SELECT c.enrolment_id, c.code FROM " + table + " c JOIN enrolment e ON e.id = c.enrolment_id "
                        + "WHERE " + COVERED + " ORDER BY c.enrolment_id, c.code", rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(list.label(rs.getString(2)));
        }, programmeId, to, from);
        return result;
    }

    private static String label(Codes.CodeList list, String code) {
        return code == null ? "" : list.label(code);
    }

    /** A value as the file writes it: empty for none. */
    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
