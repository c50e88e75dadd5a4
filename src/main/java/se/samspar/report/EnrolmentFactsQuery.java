package se.samspar.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.samspar.participant.Kon;

/**
 * Reads the facts of a programme's started enrolments for the report's and the statistics' pure
 * functions: no names, no numbers. Callers check who may see the programme's figures.
 */
@Component
public class EnrolmentFactsQuery {

    private final JdbcTemplate jdbc;

    /** Over the application's database, or another one (a migration's target, the round-trip test). */
    public EnrolmentFactsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The started enrolments of the programme active at some day between the two. */
    public List<EnrolmentFacts> facts(long programmeId, LocalDate from, LocalDate to) {
        Map<Long, Set<String>> support = codes("enrolment_support_start", programmeId, from, to);
        Map<Long, Set<String>> reasons = codes("enrolment_exit_reason", programmeId, from, to);
        return jdbc.query("""
                SELECT e.id, e.person_id, p.kon, p.birth_year, p.birth_date, e.start_date, e.end_date, e.education,
                       e.years_in_support, e.over_budget_reason IS NOT NULL
                FROM enrolment e JOIN person p ON p.id = e.person_id
                WHERE e.programme_id = ? AND e.start_date IS NOT NULL AND e.start_date <= ?
                  AND (e.end_date IS NULL OR e.end_date >= ?)""",
                (rs, i) -> {
                    long id = rs.getLong(1);
                    int years = rs.getInt(9);
                    Integer yearsInSupport = rs.wasNull() ? null : years;
                    return new EnrolmentFacts(id, rs.getLong(2), Kon.valueOf(rs.getString(3)), rs.getInt(4),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class), reasons.getOrDefault(id, Set.of()), rs.getString(8),
                            support.getOrDefault(id, Set.of()), yearsInSupport, rs.getBoolean(10));
                }, programmeId, to, from);
    }

    private Map<Long, Set<String>> codes(String table, long programmeId, LocalDate from, LocalDate to) {
        Map<Long, Set<String>> result = new HashMap<>();
        jdbc.query("SELECT c.enrolment_id, c.code FROM " + table + " c JOIN enrolment e ON e.id = c.enrolment_id "
                        + "WHERE e.programme_id = ? AND e.start_date IS NOT NULL AND e.start_date <= ? "
                        + "AND (e.end_date IS NULL OR e.end_date >= ?)",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }, programmeId, to, from);
        return result;
    }
}
