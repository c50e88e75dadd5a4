package se.samspar.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.CodeLists;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.codelist.CodeListService;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.report.AgeBands;
import se.samspar.report.EnrolmentFacts;
import se.samspar.report.EnrolmentFactsQuery;
import se.samspar.report.Period;
import se.samspar.report.PublishedReport;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportPdf;
import se.samspar.report.ReportService;
import se.samspar.report.ReportSettings;

/**
 * The board's annual statistics over every programme, the cross-table of support at start against
 * outcome, and the counts for Uppföljning Finsam. Reads facts without names or numbers and hands
 * them to {@link GenderStatistics} and {@link FinsamCounts}; the förbund's coordinator and its
 * administrator make them.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    private final JdbcTemplate jdbc;
    private final EnrolmentFactsQuery factsQuery;
    private final CodeListService codeLists;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final AgeBands ageBands;
    private final int threshold;
    private final String footer;
    private final se.samspar.audit.AuditService audit;
    private final org.springframework.beans.factory.ObjectProvider<se.samspar.report.AssessmentReading> assessments;

    StatisticsService(JdbcTemplate jdbc, EnrolmentFactsQuery factsQuery, CodeListService codeLists,
                      ReportService reports, CurrentUser currentUser, ReportSettings settings,
                      se.samspar.audit.AuditService audit,
                      org.springframework.beans.factory.ObjectProvider<se.samspar.report.AssessmentReading> assessments) {
        this.audit = audit;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.factsQuery = factsQuery;
        this.codeLists = codeLists;
        this.reports = reports;
        this.currentUser = currentUser;
        this.ageBands = settings.ageBands();
        this.threshold = settings.threshold();
        this.footer = settings.footer();
    }

    /** The board's smallest count shown as it is: below it, "&lt;k". */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public int privacyThreshold() {
        return threshold;
    }

    /** One period's statistics; the previous year's beside it when asked. */
    /**
     * The statistics of a period: the base is those registered with personal data who exited an
     * individual programme; anonymous exits are counted apart.
     */
    public record Statistics(Period period, Map<Kon, Integer> persons, int exits, int anonymousExits,
                             List<Distribution> distributions, GenderStatistics.Flows flows,
                             List<GenderStatistics.ProgrammeCount> programmes, List<FinsamCounts.Row> finsam,
                             Optional<Statistics> previous, List<StepRow> steps) {

        /** The statistics without stegförflyttning (no such table). */
        public Statistics(Period period, Map<Kon, Integer> persons, int exits, int anonymousExits,
                          List<Distribution> distributions, GenderStatistics.Flows flows,
                          List<GenderStatistics.ProgrammeCount> programmes, List<FinsamCounts.Row> finsam,
                          Optional<Statistics> previous) {
            this(period, persons, exits, anonymousExits, distributions, flows, programmes, finsam, previous, List.of());
        }

        public int women() {
            return persons.getOrDefault(Kon.KVINNA, 0);
        }

        public int men() {
            return persons.getOrDefault(Kon.MAN, 0);
        }
    }

    /**
     * One programme's stegförflyttning: of its enrolments that exited in the period (anonymous ones
     * included), those assessed at start and at exit, and how many of them moved at least one step up.
     */
    public record StepRow(String programme, int assessed, int movedUp) {
        public static StepRow of(String programme, se.samspar.assessment.StepFigures.Figures f) {
            return new StepRow(programme, f.all().total().assessed(), f.all().total().movedUp());
        }
    }

    private record ProgrammeRow(long id, String name, String kind) {
        boolean individual() {
            return !"HEADCOUNT".equals(kind);
        }
    }

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public Statistics statistics(LocalDate from, LocalDate to, boolean compare) {
        Period p = Period.entered(from, to);
        Map<String, se.samspar.enrolment.ExitGroup> groups = codeLists.exitGroups();
        if (!compare) {
            return compute(p, groups, Optional.empty());
        }
        Period before = new Period(from.minusYears(1), to.minusYears(1));
        return compute(p, groups, Optional.of(compute(before, groups, Optional.empty())));
    }

    private Statistics compute(Period p, Map<String, se.samspar.enrolment.ExitGroup> groups,
                               Optional<Statistics> previous) {
        Exits read = exits(p);
        List<ExitFact> exits = read.named();
        Map<String, String> education = codeLists.allValues(CodeLists.EDUCATION);
        Map<String, String> occupation = codeLists.allValues(CodeLists.OCCUPATION);
        List<String> support = List.copyOf(codeLists.allValues(CodeLists.SUPPORT).keySet());
        List<Distribution> d = List.of(GenderStatistics.ages(exits, ageBands),
                GenderStatistics.education(exits, education.keySet()), GenderStatistics.yearsInSupport(exits),
                GenderStatistics.timeInProgramme(exits), GenderStatistics.exitReasons(exits, groups),
                GenderStatistics.occupation(exits, occupation.keySet()), GenderStatistics.supportBefore(exits, support),
                GenderStatistics.supportAfter(exits, support));
        List<EnrolmentFacts> all = new ArrayList<>();
        List<GenderStatistics.ProgrammeCount> counts = new ArrayList<>();
        List<FinsamCounts.Row> finsam = new ArrayList<>();
        List<ProgrammeRow> programmes = programmes();
        Map<Long, List<EnrolmentFacts>> byProgramme = factsQuery.facts(individual(programmes), p.from(), p.to());
        Map<Long, int[]> headcounts = new HashMap<>();
        jdbc.query("SELECT programme_id, sum(women), sum(men) FROM headcount WHERE count_date BETWEEN ? AND ? "
                + "GROUP BY programme_id", rs -> {
                    headcounts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }, p.from(), p.to());
        // Individual programmes count the persons who exited (the base); every programme's headcounts a row of their own.
        for (ProgrammeRow programme : programmes) {
            if (programme.individual()) {
                List<EnrolmentFacts> facts = byProgramme.getOrDefault(programme.id(), List.of());
                all.addAll(facts);
                finsam.add(FinsamCounts.of(programme.name(), facts, p));
                GenderStatistics.ProgrammeCount c = GenderStatistics.persons(programme.name(), facts, p);
                if (c.total() > 0) {
                    counts.add(c);
                }
            }
            int[] sums = headcounts.getOrDefault(programme.id(), new int[2]);
            if (sums[0] + sums[1] > 0) {
                counts.add(new GenderStatistics.ProgrammeCount(programme.name(), true, sums[0], sums[1]));
            }
        }
        return new Statistics(p, GenderStatistics.persons(exits), exits.size(), read.anonymous(), d,
                GenderStatistics.flows(all, p), counts, finsam, previous, steps(programmes, p));
    }

    /**
     * Per programme with individual participants that assesses (has dimensions) or has someone
     * assessed at start and exit in the period: its stegförflyttning. None when assessments are not read.
     */
    private List<StepRow> steps(List<ProgrammeRow> programmes, Period p) {
        se.samspar.report.AssessmentReading reading = assessments.getIfAvailable();
        if (reading == null) {
            return List.of();
        }
        // Every individual programme assesses (a template of its own or the default one); one read for all.
        List<ProgrammeRow> individual = programmes.stream().filter(ProgrammeRow::individual).toList();
        Map<Long, List<se.samspar.assessment.AssessmentFacts>> facts = reading.facts(
                individual.stream().map(ProgrammeRow::id).toList(), p.from(), p.to());
        List<StepRow> rows = new ArrayList<>();
        for (ProgrammeRow programme : individual) {
            // The table counts steps only; the dimensions' means are the programme report's.
            rows.add(StepRow.of(programme.name(), se.samspar.assessment.StepFigures.of(
                    facts.getOrDefault(programme.id(), List.of()), p.from(), p.to(), List.of())));
        }
        return rows;
    }

    /** Code → label for the statistics' tables (education, occupation, support). */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        for (String list : List.of(CodeLists.EDUCATION, CodeLists.OCCUPATION, CodeLists.SUPPORT)) {
            labels.putAll(codeLists.allValues(list));
        }
        labels.put("OKAND", "Uppgift saknas");
        for (se.samspar.enrolment.ExitGroup g : se.samspar.enrolment.ExitGroup.values()) {
            labels.put(g.name(), g.boardLabel());
        }
        return labels;
    }

    /** Support at start against the outcome at the period's end, for one programme the user works in. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public List<GenderStatistics.CrossRow> supportByOutcome(long programmeId, LocalDate from, LocalDate to) {
        if (!currentUser.hasRole(Role.ADMIN) && !currentUser.programmeIds().contains(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
        Period p = Period.entered(from, to);
        return GenderStatistics.supportByOutcome(factsQuery.facts(programmeId, from, to), p,
                codeLists.allValues(CodeLists.SUPPORT).keySet());
    }

    /** The programmes with individual participants, id → name, for choosing the cross-table's. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public Map<Long, String> crossTableProgrammes() {
        Map<Long, String> result = new LinkedHashMap<>();
        programmes().stream().filter(ProgrammeRow::individual)
                .filter(p -> currentUser.hasRole(Role.ADMIN) || currentUser.programmeIds().contains(p.id()))
                .forEach(p -> result.put(p.id(), p.name()));
        return result;
    }

    /**
     * The dashboard: this year so far, per programme with individual participants the user sees
     * (the administrator every one, a coordinator their own).
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public List<KeyFigures> keyFigures(LocalDate today) {
        List<ProgrammeRow> seen = programmes().stream().filter(ProgrammeRow::individual)
                .filter(p -> currentUser.hasRole(Role.ADMIN) || currentUser.programmeIds().contains(p.id())).toList();
        Map<Long, List<EnrolmentFacts>> facts = factsQuery.facts(individual(seen), today.withDayOfYear(1), today);
        return seen.stream().map(p -> KeyFigures.of(p.id(), p.name(), facts.getOrDefault(p.id(), List.of()), today))
                .toList();
    }

    /** The counts for Uppföljning Finsam, one row per programme with individual participants. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public List<FinsamCounts.Row> finsam(LocalDate from, LocalDate to) {
        Period p = Period.entered(from, to);
        List<ProgrammeRow> programmes = programmes();
        Map<Long, List<EnrolmentFacts>> facts = factsQuery.facts(individual(programmes), from, to);
        return programmes.stream().filter(ProgrammeRow::individual)
                .map(g -> FinsamCounts.of(g.name(), facts.getOrDefault(g.id(), List.of()), p)).toList();
    }

    /** The statistics as the board's PDF (or the full version), with the coordinator's commentary. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public byte[] pdf(LocalDate from, LocalDate to, boolean compare, boolean boardVersion, String commentary) {
        if (commentary != null && commentary.length() > StatisticsPdf.COMMENTARY_MAX) {
            throw new InvalidInputException("commentary", "report.error.too-long", StatisticsPdf.COMMENTARY_MAX);
        }
        byte[] pdf = StatisticsPdf.render(statistics(from, to, compare), labels(), footer,
                boardVersion ? Optional.of(threshold) : Optional.empty(), commentary);
        audit.recordRead(se.samspar.audit.AuditAction.PDF, null, null, "könsuppdelad statistik " + from + "–" + to
                + (boardVersion ? ", styrelsens version" : ", fullständig version") + ", SHA-256 "
                + se.samspar.base.Sha256.hex(pdf));
        return pdf;
    }

    /** Publishes the board's version to the report archive as the next version for the period. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    @Transactional
    public PublishedReport publish(LocalDate from, LocalDate to, boolean compare, String commentary) {
        byte[] pdf = pdf(from, to, compare, true, commentary);
        return reports.publishForbund(ReportKind.STATISTIK, from, to, "Könsuppdelad statistik "
                + ReportPdf.periodText(new Period(from, to)), pdf);
    }

    private static List<Long> individual(List<ProgrammeRow> programmes) {
        return programmes.stream().filter(ProgrammeRow::individual).map(ProgrammeRow::id).toList();
    }

    private List<ProgrammeRow> programmes() {
        return jdbc.query("SELECT id, name, kind FROM programme ORDER BY name",
                (rs, i) -> new ProgrammeRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The exits of persons registered with personal data, and how many anonymous ones there were besides. */
    private record Exits(List<ExitFact> named, int anonymous) {
    }

    /**
     * Every exit from a programme with individual participants in the period, wrong registrations
     * left out: those of persons registered with personal data, and the anonymous ones counted.
     */
    private Exits exits(Period p) {
        int[] anonymous = new int[1];
        Map<Long, Set<String>> reasons = codes("enrolment_exit_reason", p);
        Map<Long, Set<String>> before = codes("enrolment_support_start", p);
        Map<Long, Set<String>> after = codes("enrolment_support_after", p);
        List<ExitFact> result = new ArrayList<>();
        jdbc.query("""
                SELECT e.id, e.person_id, e.programme_id, p.kon, p.birth_year, p.birth_date, e.education,
                       e.years_in_support, e.start_date, e.end_date, e.occupation_at_exit, p.anonymous
                FROM enrolment e JOIN person p ON p.id = e.person_id JOIN programme g ON g.id = e.programme_id
                WHERE g.kind <> 'HEADCOUNT' AND e.start_date IS NOT NULL AND e.end_date BETWEEN ? AND ?""",
                rs -> {
                    long id = rs.getLong(1);
                    Set<String> r = reasons.getOrDefault(id, Set.of());
                    if (r.contains(ExitReasons.FELREGISTRERING)) {
                        return;
                    }
                    if (rs.getBoolean(12)) {
                        anonymous[0]++;
                        return;
                    }
                    LocalDate end = rs.getObject(10, LocalDate.class);
                    LocalDate born = rs.getObject(6, LocalDate.class);
                    int age = born != null ? java.time.Period.between(born, end).getYears() : end.getYear() - rs.getInt(5);
                    int years = rs.getInt(8);
                    Integer yearsInSupport = rs.wasNull() ? null : years;
                    result.add(new ExitFact(id, rs.getLong(2), rs.getLong(3), Kon.valueOf(rs.getString(4)), age,
                            rs.getString(7), yearsInSupport, rs.getObject(9, LocalDate.class), end, r, rs.getString(11),
                            before.getOrDefault(id, Set.of()), after.getOrDefault(id, Set.of())));
                }, p.from(), p.to());
        return new Exits(result, anonymous[0]);
    }

    private Map<Long, Set<String>> codes(String table, Period p) {
        Map<Long, Set<String>> result = new HashMap<>();
        jdbc.query("SELECT c.enrolment_id, c.code FROM " + table + " c JOIN enrolment e ON e.id = c.enrolment_id "
                        + "WHERE e.start_date IS NOT NULL AND e.end_date BETWEEN ? AND ?",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }, p.from(), p.to());
        return result;
    }
}
