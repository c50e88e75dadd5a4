package se.samspar.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
        return facts(List.of(programmeId), from, to).getOrDefault(programmeId, List.of());
    }

    /**
     * The same for several programmes, by programme id: three statements however many programmes
     * (the statistics, the dashboard and the Finsam counts read them together). Active at some day
     * of the period are those not ended before it: the index (programme_id, end_date, start_date)
     * reads a programme's as the two ranges "not ended" and "ended on or after from", not its whole
     * history before "to" (V11).
     */
    public Map<Long, List<EnrolmentFacts>> facts(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        List<Object> arguments = new ArrayList<>(programmeIds);
        arguments.add(to);
        arguments.add(from);
        Object[] args = arguments.toArray();
        String active = " WHERE e.programme_id IN (" + String.join(", ", Collections.nCopies(programmeIds.size(), "?"))
                + ") AND e.start_date IS NOT NULL AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)";
        Map<Long, Set<String>> support = codes("enrolment_support_start", active, args);
        Map<Long, Set<String>> reasons = codes("enrolment_exit_reason", active, args);
        Map<Long, List<EnrolmentFacts>> result = new HashMap<>();
        jdbc.query("""
                SELECT e.id, e.person_id, p.kon, p.birth_year, p.birth_date, e.start_date, e.end_date, e.education,
                       e.years_in_support, e.over_budget_reason IS NOT NULL, e.programme_id, p.anonymous
                FROM enrolment e JOIN person p ON p.id = e.person_id""" + active,
                rs -> {
                    long id = rs.getLong(1);
                    int years = rs.getInt(9);
                    Integer yearsInSupport = rs.wasNull() ? null : years;
                    result.computeIfAbsent(rs.getLong(11), k -> new ArrayList<>()).add(new EnrolmentFacts(id,
                            rs.getLong(2), Kon.valueOf(rs.getString(3)), rs.getInt(4), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            reasons.getOrDefault(id, Set.of()), rs.getString(8), support.getOrDefault(id, Set.of()),
                            yearsInSupport, rs.getBoolean(10), rs.getBoolean(12)));
                }, args);
        return result;
    }

    private Map<Long, Set<String>> codes(String table, String active, Object[] args) {
        Map<Long, Set<String>> result = new HashMap<>();
        jdbc.query("SELECT c.enrolment_id, c.code FROM " + table + " c JOIN enrolment e ON e.id = c.enrolment_id" + active,
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }, args);
        return result;
    }
}
