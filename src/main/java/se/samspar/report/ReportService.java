package se.samspar.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;

/**
 * Reads the facts behind a programme's report and computes its figures with {@link ReportFigures}.
 * One query for the enrolments that touch the period (and the previous one, for comparison), one
 * each for their support kinds and exit reasons.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final JdbcTemplate jdbc;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    ReportService(JdbcTemplate jdbc, ProgrammeService programmes, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    /** The figures of one programme and period; the previous period's places for "6 (22)" when asked. */
    public record Figures(String programmeName, Period period, ReportFigures.Places places,
                          Optional<ReportFigures.Places> previousPlaces, ReportFigures.Results results,
                          ReportFigures.TargetGroup targetGroup, Map<String, Integer> exitReasons,
                          ReportFigures.TimeInProgramme timeInProgramme) {
        /** A period without any enrolment: the report says so instead of showing zeros everywhere. */
        public boolean empty() {
            return places.activeDuring() == 0 && places.exited() == 0;
        }
    }

    @Secured(Role.ROLE_SAMORDNARE)
    public Figures figures(long programmeId, LocalDate from, LocalDate to, boolean compare, AgeBands bands) {
        if (!currentUser.programmeIds().contains(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "report.error.period");
        }
        Period period = new Period(from, to);
        Programme programme = programmes.get(programmeId);
        List<EnrolmentFacts> facts = facts(programmeId, compare ? period.previous().from() : from, to);
        return new Figures(programme.getName(), period, ReportFigures.places(facts, period),
                compare ? Optional.of(ReportFigures.places(facts, period.previous())) : Optional.empty(),
                ReportFigures.results(facts, period, programme.getTargetShareWorkOrStudies()),
                ReportFigures.targetGroup(facts, period, bands), ReportFigures.exitReasons(facts, period),
                ReportFigures.timeInProgramme(facts, period));
    }

    /** The started enrolments of the programme active at some day between the two. */
    List<EnrolmentFacts> facts(long programmeId, LocalDate from, LocalDate to) {
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
