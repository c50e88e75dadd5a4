package se.samspar.importexport;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import se.samspar.base.InvalidInputException;
import se.samspar.participant.Personnummer;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.assessment.TemplateVersions;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.report.PdfKit;
import se.samspar.report.ReportSettings;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registerutdrag (GDPR art. 15): everything stored about one person, for the administrator to
 * hand over. Sections of rows with stable English field names: as JSON for the machine, as a PDF
 * whose labels come from the translation bundle ("extract.field.*") for the person to read.
 * Questionnaire answers are stored without a link to the person, so only that and when they
 * answered can be shown; stegförflyttning assessments are shown whole, scores with their scale's
 * words. Each search and extract needs a stated reason (the person's request, a
 * case number), which the audit log records with it; the extract itself names it too.
 */
@Service
public class RegisterExtractService {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The shortest and longest reason an administrator may give (the field shows the limit). */
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 200;

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String footer;

    RegisterExtractService(JdbcTemplate jdbc, AuditService audit, CurrentUser currentUser, Clock clock,
                           ReportSettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.footer = settings.footer();
    }

    /** The extract: ordered sections (person, enrolments, …), each a list of rows. */
    public record Extract(LocalDateTime madeAt, String madeBy, String reason,
                          Map<String, List<Map<String, Object>>> sections) {
    }

    /** The person a personnummer or an anonymous key names, with a line to recognise them by. */
    public record Found(long id, String description) {
    }

    /** The reason as recorded: trimmed, required, at most {@link #REASON_MAX} characters. */
    public static String reason(String given) {
        String reason = given == null ? "" : given.strip();
        if (reason.length() < REASON_MIN) {
            throw new InvalidInputException("reason", "extract.error.reason-required", REASON_MIN);
        }
        if (reason.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "extract.error.reason-too-long", REASON_MAX);
        }
        return reason;
    }

    @Secured(Role.ROLE_ADMIN)
    @Transactional(readOnly = true)
    public Optional<Found> find(String personnummerOrKey, String reason) {
        String why = reason(reason);
        String text = personnummerOrKey == null ? "" : personnummerOrKey.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String sql = "SELECT id, first_name, last_name, kon, birth_year, anonymous FROM person WHERE ";
        org.springframework.jdbc.core.RowMapper<Found> found = (rs, i) -> new Found(rs.getLong(1), rs.getBoolean(6)
                ? Messages.text("extract.anonymous", Messages.text("kon." + rs.getString(4)), rs.getInt(5))
                : rs.getString(2) + " " + rs.getString(3) + " (" + rs.getInt(5) + ")");
        List<Found> hits;
        try {
            hits = jdbc.query(sql + "personnummer = ?", found, Personnummer.parse(text, LocalDate.now(clock)).value());
        } catch (InvalidInputException notANumber) {
            hits = jdbc.query(sql + "UPPER(anonymous_key) = UPPER(?)", found, text);
        }
        hits.forEach(h -> audit.recordRead(AuditAction.SEARCH_HIT_OPENED, h.id(), null, "registerutdrag; skäl: " + why));
        return hits.stream().findFirst();
    }

    private Extract extract(long personId, String reason) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("person", rows("""
                SELECT id, personnummer, first_name, last_name, kon, birth_year, birth_date, kommun, phone, email, note,
                       anonymous, anonymous_key, created_at
                FROM person WHERE id = ?""", personId));
        if (sections.get("person").isEmpty()) {
            throw new IllegalArgumentException("No person " + personId);
        }
        sections.put("enrolments", rows("""
                SELECT e.id, p.name AS programme, e.referral_date, e.referring_partner, e.handlaggare_name,
                       e.handlaggare_contact, e.decision, e.decision_reason, e.start_date,
                       (SELECT u.full_name FROM app_user u WHERE u.id = e.contact_person1_id) AS contact_person1,
                       (SELECT u.full_name FROM app_user u WHERE u.id = e.contact_person2_id) AS contact_person2,
                       e.over_budget_reason, e.age_override_reason, e.consent_given_date, e.consent_written,
                       e.consent_withdrawn_date, e.education,
                       (SELECT GROUP_CONCAT(code ORDER BY code SEPARATOR ', ') FROM enrolment_support_start c
                        WHERE c.enrolment_id = e.id) AS support_at_start,
                       e.years_in_support, e.end_date,
                       (SELECT GROUP_CONCAT(code ORDER BY code SEPARATOR ', ') FROM enrolment_exit_reason c
                        WHERE c.enrolment_id = e.id) AS exit_reasons,
                       e.exit_other_comment, e.occupation_at_exit,
                       (SELECT GROUP_CONCAT(code ORDER BY code SEPARATOR ', ') FROM enrolment_support_after c
                        WHERE c.enrolment_id = e.id) AS support_after,
                       e.follow_up_wanted, e.anonymised_at, e.created_at
                FROM enrolment e JOIN programme p ON p.id = e.programme_id
                WHERE e.person_id = ? ORDER BY e.referral_date""", personId));
        sections.put("followUps", rows("""
                SELECT f.enrolment_id, f.contact_date, f.kind, f.note FROM follow_up_contact f
                JOIN enrolment e ON e.id = f.enrolment_id WHERE e.person_id = ? ORDER BY f.contact_date""", personId));
        sections.put("groups", rows("""
                SELECT m.enrolment_id, g.name AS group_name, m.joined, m.left_on FROM group_member m
                JOIN group_round g ON g.id = m.group_id JOIN enrolment e ON e.id = m.enrolment_id
                WHERE e.person_id = ? ORDER BY m.joined""", personId));
        sections.put("attendance", rows("""
                SELECT a.enrolment_id, g.name AS group_name, s.session_date, s.start_time, a.status FROM attendance a
                JOIN group_session s ON s.id = a.session_id JOIN group_round g ON g.id = s.group_id
                JOIN enrolment e ON e.id = a.enrolment_id WHERE e.person_id = ? ORDER BY s.session_date, s.start_time""",
                personId));
        sections.put("questionnaires", rows("""
                SELECT q.enrolment_id, q.purpose, q.given_on FROM questionnaire_given q
                JOIN enrolment e ON e.id = q.enrolment_id WHERE e.person_id = ? ORDER BY q.given_on""", personId));
        sections.put("assessments", assessments(personId));
        sections.put("log", rows("""
                SELECT occurred_at_utc, username, action, enrolment_id FROM audit_entry
                WHERE person_id = ? ORDER BY id""", personId));
        return new Extract(se.samspar.base.SwedishTime.now(clock), currentUser.username(), reason, sections);
    }

    @Secured(Role.ROLE_ADMIN)
    @Transactional(readOnly = true)
    public byte[] json(long personId, String reason) {
        Extract extract = extract(personId, reason(reason));
        audit.recordRead(AuditAction.REGISTERUTDRAG, personId, null, "JSON; skäl: " + extract.reason());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("madeAt", extract.madeAt().toString());
        document.put("madeBy", extract.madeBy());
        document.put("reason", extract.reason());
        document.putAll(extract.sections());
        return JSON.writeValueAsBytes(document);
    }

    @Secured(Role.ROLE_ADMIN)
    @Transactional(readOnly = true)
    public byte[] pdf(long personId, String reason) {
        Extract extract = extract(personId, reason(reason));
        audit.recordRead(AuditAction.REGISTERUTDRAG, personId, null, "PDF; skäl: " + extract.reason());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfKit.Pdf pdf = PdfKit.a4(out, footer, Messages.text("extract.title"));
        Document doc = pdf.doc();
        Codes codes = new Codes(jdbc);
        doc.add(PdfKit.paragraph(Messages.text("extract.title"), PdfKit.TITLE, 4));
        doc.add(PdfKit.paragraph(Messages.text("extract.made", extract.madeAt().format(STAMP), extract.madeBy()),
                PdfKit.TEXT, 4));
        doc.add(PdfKit.paragraph(Messages.text("extract.reason", extract.reason()), PdfKit.TEXT, 4));
        doc.add(PdfKit.paragraph(Messages.text("extract.intro"), PdfKit.TEXT, 10));
        extract.sections().forEach((section, rows) -> {
            doc.add(PdfKit.paragraph(Messages.text("extract.section." + section), PdfKit.HEADING, 4));
            if (rows.isEmpty()) {
                doc.add(PdfKit.paragraph(Messages.text("extract.none"), PdfKit.TEXT, 8));
            }
            for (Map<String, Object> row : rows) {
                PdfPTable table = PdfKit.table(2);
                table.setWidths(new float[] {1, 2});
                row.forEach((field, value) -> {
                    if (value instanceof List<?> scores) {
                        // An assessment's scores: a row per dimension, by its name.
                        for (Object score : scores) {
                            table.addCell(PdfKit.cell(String.valueOf(((Map<?, ?>) score).get("dimension")),
                                    PdfKit.SMALL));
                            table.addCell(PdfKit.cell(scoreText((Map<?, ?>) score), PdfKit.TEXT));
                        }
                    } else if (value != null) {
                        table.addCell(PdfKit.cell(Messages.text("extract.field." + field), PdfKit.SMALL));
                        table.addCell(PdfKit.cell(readable(codes, field, value), PdfKit.TEXT));
                    }
                });
                doc.add(table);
            }
            if (section.equals("questionnaires")) {
                doc.add(PdfKit.paragraph(Messages.text("extract.questionnaires.note"), PdfKit.SMALL, 8));
            }
        });
        doc.close();
        return out.toByteArray();
    }

    /**
     * The person's stegförflyttning assessments, oldest first: the day, the kind, who assessed,
     * the step on the ladder with its text and every score with its step's description and the
     * comment, on the template version the assessment was made on.
     */
    private List<Map<String, Object>> assessments(long personId) {
        List<Map<String, Object>> rows = rows("""
                SELECT a.id AS assessment_id, a.enrolment_id, p.name AS programme, a.assessed_on, a.kind AS assessment_kind,
                       COALESCE(u.full_name, a.created_by) AS assessed_by, a.ladder_step AS step, a.override_reason,
                       a.created_at, a.changed_at, a.changed_by, e.programme_id, a.template_id
                FROM assessment a JOIN enrolment e ON e.id = a.enrolment_id JOIN programme p ON p.id = e.programme_id
                LEFT JOIN app_user u ON u.id = a.assessed_by
                WHERE e.person_id = ? ORDER BY a.assessed_on, a.id""", personId);
        Map<Long, Map<String, Object[]>> scores = new java.util.HashMap<>();
        jdbc.query("""
                SELECT s.assessment_id, s.dimension_code, s.score, s.comment FROM assessment_score s
                JOIN assessment a ON a.id = s.assessment_id JOIN enrolment e ON e.id = a.enrolment_id
                WHERE e.person_id = ?""", rs -> {
            scores.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                    new Object[] {rs.getInt(3), rs.getString(4)});
        }, personId);
        TemplateVersions versions = TemplateVersions.load(jdbc, rows.stream()
                .map(r -> ((Number) r.get("programmeId")).longValue()).distinct().toList());
        Map<Long, AssessmentTemplate> templates = new java.util.HashMap<>();
        rows.forEach(r -> versions.of(((Number) r.get("programmeId")).longValue())
                .forEach(d -> templates.put(d.template().id(), d.template())));
        for (Map<String, Object> row : rows) {
            row.remove("programmeId");
            long assessmentId = ((Number) row.remove("assessmentId")).longValue();
            AssessmentTemplate t = templates.get(((Number) row.remove("templateId")).longValue());
            int step = ((Number) row.get("step")).intValue();
            Map<String, Object[]> given = new LinkedHashMap<>(scores.getOrDefault(assessmentId, Map.of()));
            List<Map<String, Object>> scored = new ArrayList<>();
            for (AssessmentTemplate.TemplateDimension d : t.dimensions()) {
                Object[] s = given.remove(d.code());
                if (s != null) {
                    scored.add(score(d.label(), (Integer) s[0], d.describe((Integer) s[0]).orElse(null), (String) s[1]));
                }
            }
            // A score the template no longer names (none should be) is shown by its code.
            given.forEach((code, s) -> scored.add(score(code, (Integer) s[0], null, (String) s[1])));
            Map<String, Object> ordered = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                ordered.put(k, v);
                if (k.equals("step")) {
                    ordered.put("stepLabel", Messages.text("assessment.step-of", step, t.ladder().size(),
                            t.stepLabel(step)));
                    ordered.put("templateVersion", t.versionNo());
                    ordered.put("scores", scored);
                }
            });
            row.clear();
            row.putAll(ordered);
        }
        return rows;
    }

    private static Map<String, Object> score(String dimension, int score, String scaleLabel, String comment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dimension", dimension);
        m.put("score", score);
        m.put("scaleLabel", scaleLabel);
        m.put("comment", comment);
        return m;
    }

    /** A score as the person reads it: "2 (Tydliga svårigheter). Kommentar: …". */
    private static String scoreText(Map<?, ?> s) {
        String text = s.get("score") + (s.get("scaleLabel") == null ? "" : " (" + s.get("scaleLabel") + ")");
        return s.get("comment") == null ? text
                : text + ". " + Messages.text("extract.assessment.comment", s.get("comment"));
    }

    /** A value as the person reads it: yes and no, codes and kinds by their Swedish names. */
    private static String readable(Codes codes, String field, Object value) {
        if (value instanceof Boolean b) {
            return Messages.text(b ? "extract.yes" : "extract.no");
        }
        String text = String.valueOf(value);
        return switch (field) {
            case "kon" -> Messages.text("kon." + text);
            case "decision" -> Messages.text("decision." + text);
            case "kind" -> Messages.text("follow-up.kind." + text);
            case "status" -> Messages.text("attendance." + text);
            case "purpose" -> Messages.text("questionnaire.purpose." + text);
            case "assessmentKind" -> Messages.text("assessment.kind." + text.toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'));
            case "action" -> Messages.text("audit.action." + text);
            case "referringPartner" -> codes.partner.label(text);
            case "education" -> codes.education.label(text);
            case "occupationAtExit" -> codes.occupation.label(text);
            case "supportAtStart", "supportAfter" -> labels(codes.support, text);
            case "exitReasons" -> labels(codes.exitReason, text);
            default -> text;
        };
    }

    private static String labels(Codes.CodeList list, String commaSeparatedCodes) {
        return java.util.Arrays.stream(commaSeparatedCodes.split(", ")).map(list::label)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Rows as field → value: dates and times as ISO text, moments in the förbund's time zone (the
     * audit log's UTC times as they are), nulls kept for JSON.
     */
    private List<Map<String, Object>> rows(String sql, long personId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query(sql, rs -> {
            var meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                String label = meta.getColumnLabel(i);
                if (value instanceof java.sql.Timestamp t) {
                    // Both kinds are wall times as stored: UTC in the audit log's columns, the
                    // förbund's time elsewhere (Hibernate's jdbc.time_zone); read back as written,
                    // whatever zone the server runs in (through the JVM's zone it was an hour off).
                    value = t.toLocalDateTime().format(STAMP);
                } else if (value instanceof java.sql.Date d) {
                    value = d.toLocalDate().toString();
                } else if (value instanceof java.sql.Time t) {
                    value = t.toLocalTime().toString();
                } else if (value instanceof java.time.temporal.Temporal t) {
                    value = t.toString();
                }
                row.put(camel(label), value);
            }
            rows.add(row);
        }, personId);
        return rows;
    }

    private static String camel(String column) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
