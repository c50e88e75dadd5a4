package se.samspar.importexport;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import se.samspar.assessment.AssessmentFacts;
import se.samspar.assessment.AssessmentRules;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.base.SwedishTime;
import se.samspar.importexport.Sheet.Columns;

/**
 * The sheet Bedömningar: one stegförflyttning assessment a row, naming its enrolment as the other
 * sheets do (person, programme, start date), with the day, the kind, the overall step and a score
 * per default dimension, each with an optional comment. A row is refused when a score or the step
 * is off the default scale, the day lies outside the enrolment or in the future, the enrolment is
 * unknown, or it would be a second start or exit assessment (the form's {@link AssessmentRules});
 * a row already stored (same enrolment, day and kind) is unchanged. Written on the programme's
 * current template.
 */
final class AssessmentSheet {

    /** The dimensions the sheet has a column for (by their labels): the default template's. */
    static final List<AssessmentTemplate.TemplateDimension> DIMENSIONS = AssessmentTemplate.defaultDimensions();
    static final int STEPS = AssessmentTemplate.defaultLadder().size();
    static final int COMMENT_MAX = se.samspar.assessment.AssessmentDraft.COMMENT_MAX;

    record Key(Importer.E enrolment, LocalDate date, String kind) {
    }

    record Pending(Importer.E enrolment, LocalDate date, String kind, int step, Map<String, Integer> scores,
                   Map<String, String> comments) {
    }

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Set<Key> stored = new HashSet<>();
    private final Set<Key> inFile = new HashSet<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<Long, Long> templateOfProgramme = new HashMap<>();
    /** The kinds each enrolment's assessments have, stored or earlier in the file (one start, one exit). */
    private final Map<Importer.E, List<AssessmentFacts.Kind>> kinds = new java.util.IdentityHashMap<>();

    AssessmentSheet(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** The stored assessments of the enrolments the file names, and the programmes' current templates. */
    void load(Map<Long, Importer.E> enrolments) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        List<Long> ids = new ArrayList<>(enrolments.keySet());
        for (int i = 0; i < ids.size(); i += 1000) {
            named.query("SELECT enrolment_id, assessed_on, kind FROM assessment WHERE enrolment_id IN (:ids)",
                    Map.of("ids", ids.subList(i, Math.min(ids.size(), i + 1000))), rs -> {
                        Importer.E e = enrolments.get(rs.getLong(1));
                        stored.add(new Key(e, rs.getObject(2, LocalDate.class), rs.getString(3)));
                        kinds.computeIfAbsent(e, x -> new ArrayList<>()).add(AssessmentFacts.Kind.valueOf(rs.getString(3)));
                    });
        }
        jdbc.query("SELECT programme_id, id FROM assessment_template WHERE active", rs -> {
            templateOfProgramme.put(rs.getLong(1), rs.getLong(2));
        });
    }

    /** Reads the row's values; {@code e} is the enrolment it names (null, with a problem, if none), {@code date} its Datum. */
    Importer.Action plan(Cells c, Importer.E e, LocalDate date) {
        String kind = c.choice(Columns.KIND, Formats.ASSESSMENT_KIND, true);
        Integer step = c.number(Columns.STEP, 1, STEPS, true);
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (AssessmentTemplate.TemplateDimension d : DIMENSIONS) {
            scores.put(d.code(), c.number(d.label(), d.min(), d.max(), true));
            String comment = c.text(Columns.comment(d.label()), COMMENT_MAX);
            if (comment != null) {
                comments.put(d.code(), comment);
            }
        }
        AssessmentFacts.Kind k = kind == null ? null : AssessmentFacts.Kind.valueOf(kind);
        if (e != null && date != null && k != null) {
            Key key = new Key(e, date, kind);
            AssessmentRules.Context context = new AssessmentRules.Context(e.start, e.end, today,
                    stored.contains(key) ? List.of() : kinds.getOrDefault(e, List.of()));
            AssessmentRules.date(date, context).ifPresent(p -> c.problem(Columns.DATE, date.toString(),
                    p.messageKey(), texts(p.arguments())));
            AssessmentRules.kind(k, context).ifPresent(p -> c.problem(Columns.KIND, c.text(Columns.KIND),
                    p.messageKey(), texts(p.arguments())));
        }
        if (e != null && !templateOfProgramme.containsKey(e.programmeId)) {
            c.problem(Columns.PROGRAMME, c.text(Columns.PROGRAMME), "import.error.assessment-template");
        }
        if (!c.problems.isEmpty() || e == null) {
            return Importer.Action.REFUSED;
        }
        Key key = new Key(e, date, kind);
        if (stored.contains(key)) {
            return Importer.Action.UNCHANGED;
        }
        if (!inFile.add(key)) {
            c.problem(Columns.DATE, date.toString(), "import.error.duplicate");
            return Importer.Action.REFUSED;
        }
        kinds.computeIfAbsent(e, x -> new ArrayList<>()).add(k);
        pending.add(new Pending(e, date, kind, step, scores, comments));
        return Importer.Action.CREATE;
    }

    private static String[] texts(Object[] arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
    }

    /** Writes the planned assessments, after the enrolments (which then have their ids). */
    void write() {
        for (Pending p : pending) {
            long templateId = templateOfProgramme.get(p.enrolment().programmeId);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(con -> {
                var ps = con.prepareStatement("INSERT INTO assessment (enrolment_id, template_id, assessed_on, kind, "
                        + "ladder_step, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                ps.setLong(1, p.enrolment().id);
                ps.setLong(2, templateId);
                ps.setObject(3, p.date());
                ps.setString(4, p.kind());
                ps.setInt(5, p.step());
                ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(SwedishTime.ZONE)));
                ps.setString(7, "import");
                return ps;
            }, key);
            long id = key.getKey().longValue();
            jdbc.batchUpdate("INSERT INTO assessment_score (assessment_id, dimension_code, score, comment) "
                    + "VALUES (?, ?, ?, ?)", new ArrayList<>(p.scores().entrySet()), 100, (ps, s) -> {
                        ps.setLong(1, id);
                        ps.setString(2, s.getKey());
                        ps.setInt(3, s.getValue());
                        ps.setString(4, p.comments().get(s.getKey()));
                    });
        }
    }

    /** The export's rows: the assessments of the given enrolments (id → person number, key, start). */
    static List<List<String>> export(JdbcTemplate jdbc, String programme, Map<Long, String[]> personOfEnrolment) {
        List<List<String>> rows = new ArrayList<>();
        if (personOfEnrolment.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> heads = new LinkedHashMap<>();
        Map<Long, Map<String, String>> scores = new HashMap<>();
        Map<Long, Map<String, String>> comments = new HashMap<>();
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        List<Long> ids = new ArrayList<>(personOfEnrolment.keySet());
        for (int i = 0; i < ids.size(); i += 1000) {
            named.query("""
                    SELECT a.id, a.enrolment_id, a.assessed_on, a.kind, a.ladder_step, s.dimension_code, s.score, s.comment
                    FROM assessment a LEFT JOIN assessment_score s ON s.assessment_id = a.id
                    WHERE a.enrolment_id IN (:ids) ORDER BY a.enrolment_id, a.assessed_on, a.id""",
                    Map.of("ids", ids.subList(i, Math.min(ids.size(), i + 1000))), rs -> {
                        long id = rs.getLong(1);
                        String[] p = personOfEnrolment.get(rs.getLong(2));
                        heads.computeIfAbsent(id, k -> {
                            try {
                                return List.of(p[0], p[1], programme, p[2], rs.getObject(3, LocalDate.class).toString(),
                                        Formats.label(Formats.ASSESSMENT_KIND, rs.getString(4)),
                                        String.valueOf(rs.getInt(5)));
                            } catch (java.sql.SQLException ex) {
                                throw new IllegalStateException(ex);
                            }
                        });
                        String code = rs.getString(6);
                        if (code != null) {
                            scores.computeIfAbsent(id, k -> new HashMap<>()).put(code, String.valueOf(rs.getInt(7)));
                            if (rs.getString(8) != null) {
                                comments.computeIfAbsent(id, k -> new HashMap<>()).put(code, rs.getString(8));
                            }
                        }
                    });
        }
        heads.forEach((id, head) -> {
            List<String> row = new ArrayList<>(head);
            Map<String, String> s = scores.getOrDefault(id, Map.of());
            DIMENSIONS.forEach(d -> row.add(s.getOrDefault(d.code(), "")));
            Map<String, String> texts = comments.getOrDefault(id, Map.of());
            DIMENSIONS.forEach(d -> row.add(texts.getOrDefault(d.code(), "")));
            rows.add(row);
        });
        return rows;
    }
}
