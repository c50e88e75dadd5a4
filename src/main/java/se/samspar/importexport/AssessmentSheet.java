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
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import se.samspar.assessment.AssessmentFacts;
import se.samspar.assessment.AssessmentRules;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.assessment.TemplateVersions;
import se.samspar.base.SwedishTime;
import se.samspar.importexport.Sheet.Columns;

/**
 * The sheet Bedömningar: one stegförflyttning assessment a row, naming its enrolment as the other
 * sheets do (person, programme, start date), with the day, the kind, the overall step and a score
 * per dimension of the programme's template, in a column named by the dimension's name, each with
 * an optional comment ("Kommentar " and the name). Each row is read against the template version
 * in force for its programme on its day ({@link TemplateVersions}) and written on that version. A
 * row is refused when the step is off that version's ladder, a score off its dimension's scale, a
 * dimension's column is missing or a column names a dimension the version does not have, the day
 * lies outside the enrolment or in the future, the enrolment is unknown, or it would be a second
 * start or exit assessment (the form's {@link AssessmentRules}); a row already stored (same
 * enrolment, day and kind) is unchanged. The export writes the same columns.
 */
final class AssessmentSheet {

    /** The dimensions of the downloadable template's columns: the default template's. */
    static final List<AssessmentTemplate.TemplateDimension> DIMENSIONS = AssessmentTemplate.defaultDimensions();
    /** The columns before the dimensions'. */
    static final List<String> HEAD = List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.START, Columns.DATE,
            Columns.KIND, Columns.STEP);
    /** The columns that are not a dimension's. */
    private static final List<String> FIXED = java.util.stream.Stream.concat(HEAD.stream(),
            java.util.stream.Stream.of(Columns.TEMPLATE_VERSION)).toList();
    static final int COMMENT_MAX = se.samspar.assessment.AssessmentDraft.COMMENT_MAX;

    record Key(Importer.E enrolment, LocalDate date, String kind) {
    }

    record Pending(Importer.E enrolment, long templateId, LocalDate date, String kind, int step,
                   Map<String, Integer> scores, Map<String, String> comments) {
    }

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Set<Key> stored = new HashSet<>();
    private final Set<Key> inFile = new HashSet<>();
    private final List<Pending> pending = new ArrayList<>();
    private TemplateVersions templates;
    /** The kinds each enrolment's assessments have, stored or earlier in the file (one start, one exit). */
    private final Map<Importer.E, List<AssessmentFacts.Kind>> kinds = new java.util.IdentityHashMap<>();

    AssessmentSheet(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
        this.templates = TemplateVersions.load(jdbc, List.of());
    }

    /** The stored assessments of the enrolments the file names, and every template version of its programmes. */
    void load(Map<Long, Importer.E> enrolments, Set<Long> programmeIds) {
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
        templates = TemplateVersions.load(jdbc, programmeIds);
    }

    /** Reads the row's values; {@code e} is the enrolment it names (null, with a problem, if none), {@code date} its Datum. */
    Importer.Action plan(Cells c, Importer.E e, LocalDate date) {
        String kind = c.choice(Columns.KIND, Formats.ASSESSMENT_KIND, true);
        Integer step = c.number(Columns.STEP, 1, AssessmentTemplate.MAX_STEPS, true);
        Integer versionNo = c.number(Columns.TEMPLATE_VERSION, 1, 9999, false);
        AssessmentTemplate t = e == null ? null : version(c, e.programmeId, versionNo, date);
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> comments = new HashMap<>();
        if (t != null) {
            String version = String.valueOf(t.versionNo());
            if (step != null && !t.allowsStep(step)) {
                c.problem(Columns.STEP, c.text(Columns.STEP), "import.error.assessment-step",
                        String.valueOf(t.ladder().size()), version);
            }
            for (AssessmentTemplate.TemplateDimension d : t.dimensions()) {
                if (!c.has(d.label())) {
                    c.problem(d.label(), "", "import.error.assessment-column", version);
                    continue;
                }
                Integer score = c.number(d.label(), 0, AssessmentTemplate.MAX_VALUE, true);
                if (score != null && !d.allows(score)) {
                    c.problem(d.label(), c.text(d.label()), "import.error.assessment-score", String.valueOf(d.min()),
                            String.valueOf(d.max()), version);
                }
                scores.put(d.code(), score);
                String comment = c.text(Columns.comment(d.label()), COMMENT_MAX);
                if (comment != null) {
                    comments.put(d.code(), comment);
                }
            }
            refuseOtherDimensions(c, t);
        } else if (e != null && versionNo == null) {
            c.problem(Columns.PROGRAMME, c.text(Columns.PROGRAMME), "import.error.assessment-template");
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
        pending.add(new Pending(e, t.id(), date, kind, step, scores, comments));
        return Importer.Action.CREATE;
    }

    /**
     * The version the row is read against: the one its Mallversion names (as the export writes
     * it), else the one in force on its day, the current one when the day is missing.
     */
    private AssessmentTemplate version(Cells c, long programmeId, Integer versionNo, LocalDate date) {
        if (versionNo != null) {
            AssessmentTemplate named = templates.of(programmeId).stream().map(TemplateVersions.Dated::template)
                    .filter(t -> t.versionNo() == versionNo).findFirst().orElse(null);
            if (named == null) {
                c.problem(Columns.TEMPLATE_VERSION, c.text(Columns.TEMPLATE_VERSION), "import.error.assessment-version");
            }
            return named;
        }
        if (date != null) {
            return templates.inForce(programmeId, date).orElse(null);
        }
        return templates.of(programmeId).stream().filter(TemplateVersions.Dated::active).findFirst()
                .map(TemplateVersions.Dated::template).orElse(null);
    }

    /** A value in a column that is no dimension of the version (nor its comment) would be lost: refused. */
    private static void refuseOtherDimensions(Cells c, AssessmentTemplate t) {
        Set<String> known = new HashSet<>();
        FIXED.forEach(h -> known.add(Sheet.plain(h)));
        t.dimensions().forEach(d -> {
            known.add(Sheet.plain(d.label()));
            known.add(Sheet.plain(Columns.comment(d.label())));
        });
        for (String header : c.headers()) {
            if (header != null && !header.isBlank() && !known.contains(Sheet.plain(header.strip()))
                    && c.text(header) != null) {
                c.problem(header.strip(), c.text(header), "import.error.assessment-dimension",
                        String.valueOf(t.versionNo()), t.dimensions().stream()
                                .map(AssessmentTemplate.TemplateDimension::label).collect(Collectors.joining(", ")));
            }
        }
    }

    private static String[] texts(Object[] arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
    }

    /** Writes the planned assessments, after the enrolments (which then have their ids). */
    void write() {
        for (Pending p : pending) {
            long templateId = p.templateId();
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

    /**
     * The export's sheet: the assessments of the given enrolments (id → person number, key,
     * start), each with its template version and a column per dimension name of the versions
     * used, the current version's first (so a programme with no assessments shows the columns an
     * import of it needs).
     */
    static Table export(JdbcTemplate jdbc, long programmeId, String programme, Map<Long, String[]> personOfEnrolment) {
        TemplateVersions versions = TemplateVersions.load(jdbc, List.of(programmeId));
        Map<Long, AssessmentTemplate> byId = new HashMap<>();
        versions.of(programmeId).forEach(d -> byId.put(d.template().id(), d.template()));
        record Row(List<String> head, long templateId, Map<String, String> scores, Map<String, String> comments) {
        }
        Map<Long, Row> found = new LinkedHashMap<>();
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        List<Long> ids = new ArrayList<>(personOfEnrolment.keySet());
        for (int i = 0; i < ids.size(); i += 1000) {
            named.query("""
                    SELECT a.id, a.enrolment_id, a.assessed_on, a.kind, a.ladder_step, a.template_id, s.dimension_code,
                           s.score, s.comment
                    FROM assessment a LEFT JOIN assessment_score s ON s.assessment_id = a.id
                    WHERE a.enrolment_id IN (:ids) ORDER BY a.enrolment_id, a.assessed_on, a.id""",
                    Map.of("ids", ids.subList(i, Math.min(ids.size(), i + 1000))), rs -> {
                        String[] p = personOfEnrolment.get(rs.getLong(2));
                        List<String> head = List.of(p[0], p[1], programme, p[2],
                                rs.getObject(3, LocalDate.class).toString(),
                                Formats.label(Formats.ASSESSMENT_KIND, rs.getString(4)), String.valueOf(rs.getInt(5)));
                        long templateId = rs.getLong(6);
                        Row row = found.computeIfAbsent(rs.getLong(1), k -> new Row(head, templateId, new HashMap<>(),
                                new HashMap<>()));
                        String code = rs.getString(7);
                        if (code != null) {
                            row.scores().put(code, String.valueOf(rs.getInt(8)));
                            if (rs.getString(9) != null) {
                                row.comments().put(code, rs.getString(9));
                            }
                        }
                    });
        }
        // The current version's names first, then those only older versions used (newest first).
        List<String> labels = new ArrayList<>();
        List<TemplateVersions.Dated> newestFirst = new ArrayList<>(versions.of(programmeId));
        java.util.Collections.reverse(newestFirst);
        Set<Long> used = new HashSet<>();
        found.values().forEach(r -> used.add(r.templateId()));
        for (TemplateVersions.Dated d : newestFirst) {
            if (d.active() || used.contains(d.template().id())) {
                d.template().dimensions().stream().map(AssessmentTemplate.TemplateDimension::label)
                        .filter(l -> labels.stream().noneMatch(x -> Sheet.plain(x).equals(Sheet.plain(l))))
                        .forEach(labels::add);
            }
        }
        List<String> columns = new ArrayList<>(HEAD);
        columns.add(Columns.TEMPLATE_VERSION);
        columns.addAll(labels);
        labels.forEach(l -> columns.add(Columns.comment(l)));
        List<Table.Row> rows = new ArrayList<>();
        for (Row r : found.values()) {
            AssessmentTemplate t = byId.get(r.templateId());
            List<String> cells = new ArrayList<>(r.head());
            cells.add(String.valueOf(t.versionNo()));
            for (String l : labels) {
                cells.add(codeOf(t, l).map(code -> r.scores().getOrDefault(code, "")).orElse(""));
            }
            for (String l : labels) {
                cells.add(codeOf(t, l).map(code -> r.comments().getOrDefault(code, "")).orElse(""));
            }
            rows.add(new Table.Row(rows.size() + 2, cells));
        }
        return new Table(Sheet.BEDOMNINGAR, List.copyOf(columns), rows);
    }

    private static java.util.Optional<String> codeOf(AssessmentTemplate t, String label) {
        return t.dimensions().stream().filter(d -> Sheet.plain(d.label()).equals(Sheet.plain(label)))
                .map(AssessmentTemplate.TemplateDimension::code).findFirst();
    }
}
