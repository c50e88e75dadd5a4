package se.samspar.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;

/** The statements behind the service's reads; callers check who may see them. */
@Component
class AssessmentQueries {

    private final NamedParameterJdbcTemplate jdbc;

    AssessmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One enrolment's assessments, oldest first, with who made them. */
    List<RecordedAssessment> assessmentsOf(long enrolmentId) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", enrolmentId);
        Map<Long, Map<String, AssessmentDraft.Score>> scores = new HashMap<>();
        jdbc.query("SELECT s.assessment_id, s.dimension_code, s.score, s.comment FROM assessment_score s "
                + "JOIN assessment a ON a.id = s.assessment_id WHERE a.enrolment_id = :id", p, rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), new AssessmentDraft.Score(rs.getInt(3), rs.getString(4)));
                });
        return jdbc.query("""
                SELECT a.id, a.version, a.template_id, a.assessed_on, a.kind, a.ladder_step, u.full_name, a.override_reason
                FROM assessment a LEFT JOIN app_user u ON u.id = a.assessed_by
                WHERE a.enrolment_id = :id ORDER BY a.assessed_on, a.id""", p,
                (rs, i) -> new RecordedAssessment(rs.getLong(1), rs.getLong(2), enrolmentId, rs.getLong(3),
                        rs.getObject(4, LocalDate.class), AssessmentFacts.Kind.valueOf(rs.getString(5)), rs.getInt(6),
                        rs.getString(7), Map.copyOf(scores.getOrDefault(rs.getLong(1), Map.of())), rs.getString(8)));
    }

    /** The active enrolments the user is a contact person for, with the assessment each has due. */
    List<AssessmentService.Reminder> due(Collection<Long> programmeIds, long me, LocalDate today, int startWeeks,
                                         int followUpWeeks) {
        MapSqlParameterSource p = new MapSqlParameterSource("programmeIds", programmeIds).addValue("me", me)
                .addValue("today", today);
        String active = """
                FROM enrolment e JOIN person p ON p.id = e.person_id
                WHERE e.programme_id IN (:programmeIds) AND (e.contact_person1_id = :me OR e.contact_person2_id = :me)
                  AND e.start_date <= :today AND (e.end_date IS NULL OR e.end_date > :today)""";
        Map<Long, List<AssessmentDue.Made>> made = new HashMap<>();
        jdbc.query("SELECT a.enrolment_id, a.assessed_on, a.kind FROM assessment a JOIN enrolment e ON e.id = a.enrolment_id "
                + active.substring(active.indexOf("WHERE")), p, rs -> {
                    made.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AssessmentDue.Made(
                            rs.getObject(2, LocalDate.class), AssessmentFacts.Kind.valueOf(rs.getString(3))));
                });
        List<AssessmentService.Reminder> due = new ArrayList<>();
        jdbc.query("SELECT p.id, e.id, e.programme_id, p.first_name, p.last_name, p.anonymous, p.kon, p.birth_year, "
                + "e.start_date, e.end_date " + active + " ORDER BY p.last_name, p.first_name, e.id", p, rs -> {
                    long enrolmentId = rs.getLong(2);
                    AssessmentDue.of(rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                            made.getOrDefault(enrolmentId, List.of()), today, startWeeks, followUpWeeks)
                            .ifPresent(d -> {
                                try {
                                    due.add(new AssessmentService.Reminder(rs.getLong(1), enrolmentId, rs.getLong(3),
                                            rs.getString(4), rs.getString(5), rs.getBoolean(6),
                                            Kon.valueOf(rs.getString(7)), rs.getInt(8), d));
                                } catch (java.sql.SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            });
                });
        // Overdue first, then by when due.
        due.sort(java.util.Comparator.comparing((AssessmentService.Reminder r) -> !r.due().overdue())
                .thenComparing(r -> r.due().dueOn()));
        return due;
    }

    /** The programme's started enrolments active during the period, wrong registrations left out. */
    List<AssessmentFacts> facts(long programmeId, LocalDate from, LocalDate to) {
        return facts(List.of(programmeId), from, to).getOrDefault(programmeId, List.of());
    }

    /** The same for several programmes in a fixed number of statements: programme → its enrolments' facts. */
    Map<Long, List<AssessmentFacts>> facts(java.util.Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource("programmes", programmeIds).addValue("from", from)
                .addValue("to", to);
        String active = " WHERE e.programme_id IN (:programmes) AND e.start_date IS NOT NULL AND e.start_date <= :to"
                + " AND (e.end_date IS NULL OR e.end_date >= :from)";
        Map<Long, Set<String>> support = codes("enrolment_support_start", active, p);
        Map<Long, Set<String>> reasons = codes("enrolment_exit_reason", active, p);
        Map<Long, Map<Long, Map<String, Integer>>> scores = new HashMap<>();
        jdbc.query("SELECT a.enrolment_id, s.assessment_id, s.dimension_code, s.score FROM assessment_score s "
                + "JOIN assessment a ON a.id = s.assessment_id JOIN enrolment e ON e.id = a.enrolment_id" + active, p,
                rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(2), k -> new LinkedHashMap<>()).put(rs.getString(3), rs.getInt(4));
                });
        Map<Long, List<AssessmentFacts.Assessment>> assessments = new HashMap<>();
        jdbc.query("SELECT a.enrolment_id, a.id, a.assessed_on, a.kind, a.ladder_step FROM assessment a "
                + "JOIN enrolment e ON e.id = a.enrolment_id" + active + " ORDER BY a.assessed_on, a.id", p, rs -> {
                    long enrolmentId = rs.getLong(1);
                    assessments.computeIfAbsent(enrolmentId, k -> new ArrayList<>()).add(new AssessmentFacts.Assessment(
                            rs.getObject(3, LocalDate.class), AssessmentFacts.Kind.valueOf(rs.getString(4)), rs.getInt(5),
                            Map.copyOf(scores.getOrDefault(enrolmentId, Map.of()).getOrDefault(rs.getLong(2), Map.of()))));
                });
        Map<Long, List<AssessmentFacts>> facts = new HashMap<>();
        jdbc.query("SELECT e.id, e.person_id, p.kon, p.anonymous, e.start_date, e.end_date, e.programme_id "
                + "FROM enrolment e JOIN person p ON p.id = e.person_id" + active + " ORDER BY e.id", p, rs -> {
                    long id = rs.getLong(1);
                    Set<String> exit = reasons.getOrDefault(id, Set.of());
                    if (!exit.contains(ExitReasons.FELREGISTRERING)) {
                        facts.computeIfAbsent(rs.getLong(7), k -> new ArrayList<>()).add(new AssessmentFacts(id, rs.getLong(2), Kon.valueOf(rs.getString(3)), rs.getBoolean(4),
                                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), Set.copyOf(exit),
                                Set.copyOf(support.getOrDefault(id, Set.of())),
                                List.copyOf(assessments.getOrDefault(id, List.of()))));
                    }
                });
        return facts;
    }

    private Map<Long, Set<String>> codes(String table, String active, MapSqlParameterSource p) {
        Map<Long, Set<String>> result = new HashMap<>();
        jdbc.query("SELECT c.enrolment_id, c.code FROM " + table + " c JOIN enrolment e ON e.id = c.enrolment_id"
                + active, p, rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return result;
    }
}
