package se.samspar.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import se.samspar.base.Role;
import se.samspar.enrolment.Decision;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.programme.ProgrammeKind;
import se.samspar.report.EnrolmentFacts;
import se.samspar.report.EnrolmentFactsQuery;
import se.samspar.report.Period;
import se.samspar.report.ReportFigures;
import se.samspar.report.UpperBands;
import se.samspar.report.ReportSettings;

/**
 * Export → import into an empty database → the same reports: a programme's two years of
 * registrations made by staff through the services, exported, imported into a freshly migrated
 * database of its own, give the same report figures, questionnaire results, attendance and
 * headcounts, and export again to the very same file.
 */
class RoundTripTest extends ImportTestSupport {

    static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    static final LocalDate TO = LocalDate.of(2019, 12, 31);

    @Autowired
    DataSource dataSource;
    @Autowired
    PersonService persons;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    ReportSettings settings;
    @Autowired
    se.samspar.assessment.AssessmentService assessments;

    @Test
    void a_programme_exported_and_imported_into_an_empty_database_gives_the_same_reports() throws Exception {
        long programmeId = newProgramme("Rundresa", ProgrammeKind.BOTH, 40);
        generate(programmeId, new Random(20190304));
        loginAs(newCoordinator("Rundresa Samordnare", programmeId)[0], Role.SAMORDNARE);
        List<Table> exported = imports.export(programmeId, FROM, TO);
        ImportFile.Content file = ImportFile.read("export.xlsx", new java.io.ByteArrayInputStream(Workbooks.xlsx(exported)));
        assertThat(file.problems()).isEmpty();

        String database = "roundtrip_" + Long.toString(System.nanoTime(), 36);
        jdbc.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        try {
            DataSource empty = dataSourceFor(database);
            Flyway.configure().dataSource(empty).load().migrate();
            JdbcTemplate target = new JdbcTemplate(empty);
            long targetProgramme = copyProgrammeSettings(programmeId, target);

            Importer.Plan plan = new TransactionTemplate(new DataSourceTransactionManager(empty)).execute(
                    tx -> new Importer(target, LocalDate.now(), id -> true, true).apply(file));
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.counts()).containsEntry(Importer.Action.UNCHANGED, 0L);

            for (Period period : List.of(new Period(FROM, LocalDate.of(2018, 12, 31)), new Period(LocalDate.of(2019, 1, 1), TO),
                    new Period(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 9, 30)))) {
                assertThat(figures(target, targetProgramme, period)).isEqualTo(figures(jdbc, programmeId, period));
            }
            for (String sql : List.of(ANSWERS, ATTENDANCE, HEADCOUNTS, FOLLOW_UPS, ASSESSMENTS)) {
                List<String> before = lines(jdbc, sql, programmeId);
                assertThat(before).isNotEmpty();
                assertThat(lines(target, sql, targetProgramme)).isEqualTo(before);
            }
            List<Table> again = new Exporter(target).export(targetProgramme, FROM, TO);
            for (int i = 0; i < exported.size(); i++) {
                assertThat(again.get(i).headers()).isEqualTo(exported.get(i).headers());
                assertThat(again.get(i).rows()).isEqualTo(exported.get(i).rows());
            }
        } finally {
            jdbc.execute("DROP DATABASE " + database);
        }
    }

    /** Every figure of the programme report's enrolment sections. */
    private List<Object> figures(JdbcTemplate db, long programmeId, Period p) {
        List<EnrolmentFacts> facts = new EnrolmentFactsQuery(db).facts(programmeId, p.from(), p.to());
        return List.of(ReportFigures.of(facts, List.of(), p, 40, new ReportFigures.Layout(settings.ageBands(),
                UpperBands.NONE, UpperBands.NONE, List.of(), List.of(), List.of())));
    }

    private static final String ANSWERS = """
            SELECT CONCAT_WS('|', r.purpose, r.counts_on, r.mode, a.position, a.scale_value, a.text)
            FROM questionnaire_response r JOIN questionnaire_answer a ON a.response_id = r.id WHERE r.programme_id = ?""";
    private static final String ATTENDANCE = """
            SELECT CONCAT_WS('|', g.name, s.session_date, s.start_time, s.end_time, a.status, p.kon, p.birth_year)
            FROM attendance a JOIN group_session s ON s.id = a.session_id JOIN group_round g ON g.id = s.group_id
            JOIN enrolment e ON e.id = a.enrolment_id JOIN person p ON p.id = e.person_id WHERE g.programme_id = ?""";
    private static final String HEADCOUNTS = """
            SELECT CONCAT_WS('|', count_date, activity, age_band, women, men) FROM headcount WHERE programme_id = ?""";
    private static final String FOLLOW_UPS = """
            SELECT CONCAT_WS('|', f.contact_date, f.kind, f.note, p.birth_year) FROM follow_up_contact f
            JOIN enrolment e ON e.id = f.enrolment_id JOIN person p ON p.id = e.person_id WHERE e.programme_id = ?""";

    private static final String ASSESSMENTS = """
            SELECT CONCAT_WS('|', a.assessed_on, a.kind, a.ladder_step, s.dimension_code, s.score, s.comment, p.birth_year)
            FROM assessment a JOIN assessment_score s ON s.assessment_id = a.id JOIN enrolment e ON e.id = a.enrolment_id
            JOIN person p ON p.id = e.person_id WHERE e.programme_id = ?""";

    private static List<String> lines(JdbcTemplate db, String sql, long programmeId) {
        return db.queryForList(sql, String.class, programmeId).stream().sorted().toList();
    }

    /** Two years of a programme: staff register, start and exit; groups, answers and counts as they come. */
    private void generate(long programmeId, Random random) {
        String[] staff = newStaff("Rundresa Personal", programmeId);
        loginAs(staff[0], Role.PERSONAL);
        List<String> reasons = List.of("ARBETE", "STUDIER", "SJUKDOM", "AKTIVT_ARBETSSOKANDE", "OVRIGT", "FELREGISTRERING");
        List<String> education = List.of("GRUNDSKOLA", "GYMNASIUM", "HOGSKOLA");
        List<String> support = List.of("FORSORJNINGSSTOD", "SJUKPENNING", "A_KASSA", "AKTIVITETSERSATTNING");
        long group = insertGroup(programmeId, "Grupp hösten 2018", LocalDate.of(2018, 9, 3));
        for (int i = 0; i < 16; i++) {
            Kon kon = i % 3 == 0 ? Kon.MAN : Kon.KVINNA;
            LocalDate start = FROM.plusDays(random.nextInt(600));
            int age = 20 + random.nextInt(40);
            long personId = i % 4 == 3
                    ? persons.register(PersonDraft.anonymousPerson(kon, start.getYear() - age, "Vänersborg")).personId()
                    : persons.register(PersonDraft.identified(Sheets.freshPnr(jdbc, kon), "Rund", "Resa " + i, "Vänersborg"))
                    .personId();
            if (i % 4 != 3) {
                jdbc.update("UPDATE person SET birth_year = YEAR(birth_date) WHERE id = ?", personId);
            }
            Enrolment e = persons.enrol(personId, new EnrolmentDraft(programmeId, start.minusWeeks(3), "AF", null, null,
                    Decision.ANTAGEN, null, start, null, null, start, true, education.get(i % 3),
                    Set.of(support.get(i % 4)), random.nextInt(12), i == 5 ? "Extra plats beslutad av styrgruppen" : null,
                    null));
            if (i % 2 == 0) {
                String reason = reasons.get(i / 2 % reasons.size());
                LocalDate end = start.plusDays(60 + random.nextInt(200));
                e = enrolments.exit(e.getId(), e.getVersion(), new Exit(end.isAfter(TO) ? TO : end, Set.of(reason),
                        reason.equals("OVRIGT") ? "Flyttade till annan ort" : null, "STUDIER", Set.of("INGEN"), i % 4 == 0));
                jdbc.update("INSERT INTO follow_up_contact (enrolment_id, contact_date, kind, note) VALUES (?, ?, 'TELEFON', ?)",
                        e.getId(), e.getEndDate().plusDays(30).isAfter(TO) ? TO : e.getEndDate().plusDays(30), "Uppföljning " + i);
            }
            attend(group, e, random);
            assess(e, i, random);
        }
        long template = jdbc.queryForObject("SELECT id FROM questionnaire_template WHERE programme_id = ? AND purpose = 'EXIT' "
                + "AND active", Long.class, programmeId);
        for (int r = 0; r < 6; r++) {
            long response = insertResponse(template, programmeId, LocalDate.of(2019, 2 + r, 10), r % 2 == 0 ? "STAFF" : "ORAL");
            for (int position = 0; position < 3; position++) {
                jdbc.update("INSERT INTO questionnaire_answer (response_id, position, scale_value) VALUES (?, ?, ?)",
                        response, position, 1 + random.nextInt(6));
            }
            jdbc.update("INSERT INTO questionnaire_answer (response_id, position, text) VALUES (?, 3, ?)", response,
                    "Bra bemötande; \"tack\" " + r);
        }
        for (int h = 0; h < 5; h++) {
            jdbc.update("INSERT INTO headcount (programme_id, count_date, activity, age_band, women, men) VALUES (?, ?, ?, ?, ?, ?)",
                    programmeId, LocalDate.of(2019, 3, 1).plusWeeks(h), "Inspirationsträff", h % 2 == 0 ? "30-44" : null,
                    random.nextInt(12), random.nextInt(8));
        }
    }

    /** A start assessment for most, an exit one for the exited, a follow-up for some (one with a comment). */
    private void assess(Enrolment e, int i, Random random) {
        if (i % 5 == 4) {
            return;
        }
        LocalDate end = e.getEndDate() == null ? TO : e.getEndDate();
        assessments.record(e.getId(), draft(e.getStartDate().plusDays(7), se.samspar.assessment.AssessmentFacts.Kind.START,
                random, i % 3 == 0 ? "Osäker sömn" : null));
        if (i % 3 == 1) {
            assessments.record(e.getId(), draft(e.getStartDate().plusDays(40),
                    se.samspar.assessment.AssessmentFacts.Kind.FOLLOW_UP, random, null));
        }
        if (e.getEndDate() != null) {
            assessments.record(e.getId(), draft(end, se.samspar.assessment.AssessmentFacts.Kind.EXIT, random, null));
        }
    }

    private static se.samspar.assessment.AssessmentDraft draft(LocalDate date, se.samspar.assessment.AssessmentFacts.Kind kind,
                                                             Random random, String comment) {
        var d = new se.samspar.assessment.AssessmentDraft(date, kind, 1 + random.nextInt(7));
        for (var dimension : se.samspar.assessment.AssessmentTemplate.defaultDimensions()) {
            d.score(dimension.code(), 1 + random.nextInt(5), dimension.code().equals("HALSA") ? comment : null);
        }
        return d;
    }

    private long insertGroup(long programmeId, String name, LocalDate start) {
        jdbc.update("INSERT INTO group_round (programme_id, name, start_date, end_date) VALUES (?, ?, ?, ?)",
                programmeId, name, start, start.plusWeeks(12));
        long group = jdbc.queryForObject("SELECT MAX(id) FROM group_round WHERE programme_id = ?", Long.class, programmeId);
        for (int week = 0; week < 12; week++) {
            jdbc.update("INSERT INTO group_session (group_id, number, session_date, start_time, end_time) "
                    + "VALUES (?, ?, ?, '09:00', '11:30')", group, week + 1, start.plusWeeks(week));
        }
        return group;
    }

    private void attend(long group, Enrolment e, Random random) {
        List<Long> sessions = jdbc.queryForList("SELECT id FROM group_session WHERE group_id = ? AND session_date >= ? "
                + "AND session_date <= ?", Long.class, group, e.getStartDate(), e.getEndDate() == null ? TO : e.getEndDate());
        if (sessions.isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO group_member (group_id, enrolment_id, joined) VALUES (?, ?, ?)", group, e.getId(),
                e.getStartDate());
        for (long session : sessions) {
            jdbc.update("INSERT INTO attendance (session_id, enrolment_id, status) VALUES (?, ?, ?)", session, e.getId(),
                    List.of("NARVARANDE", "NARVARANDE", "FRANVARANDE", "AVBOKAT").get(random.nextInt(4)));
        }
    }

    private long insertResponse(long template, long programmeId, LocalDate day, String mode) {
        jdbc.update("INSERT INTO questionnaire_response (template_id, programme_id, purpose, counts_on, mode) "
                + "VALUES (?, ?, 'EXIT', ?, ?)", template, programmeId, day, mode);
        return jdbc.queryForObject("SELECT MAX(id) FROM questionnaire_response WHERE programme_id = ?", Long.class, programmeId);
    }

    /** The programme as the förbund sets it up before importing (name, kind, its questionnaires). */
    private long copyProgrammeSettings(long programmeId, JdbcTemplate target) {
        var p = jdbc.queryForMap("SELECT name, kind, active_from, min_age, max_age FROM programme WHERE id = ?", programmeId);
        target.update("INSERT INTO programme (name, kind, active_from, min_age, max_age) VALUES (?, ?, ?, ?, ?)",
                p.get("name"), p.get("kind"), p.get("active_from"), p.get("min_age"), p.get("max_age"));
        long id = target.queryForObject("SELECT id FROM programme", Long.class);
        jdbc.query("SELECT id, purpose, version_no, created_at, created_by FROM questionnaire_template "
                + "WHERE programme_id = ? AND active", rs -> {
            target.update("INSERT INTO questionnaire_template (programme_id, purpose, version_no, active, created_at, created_by) "
                    + "VALUES (?, ?, ?, TRUE, ?, ?)", id, rs.getString(2), rs.getInt(3), rs.getTimestamp(4), rs.getString(5));
            long copy = target.queryForObject("SELECT MAX(id) FROM questionnaire_template", Long.class);
            jdbc.query("SELECT position, kind, text, comment_allowed, required FROM questionnaire_item WHERE template_id = ?",
                    item -> {
                        target.update("INSERT INTO questionnaire_item VALUES (?, ?, ?, ?, ?, ?)", copy, item.getInt(1),
                                item.getString(2), item.getString(3), item.getBoolean(4), item.getBoolean(5));
                    }, rs.getLong(1));
        }, programmeId);
        // The default assessment template a new programme gets (the migration seeded only the programmes it found).
        jdbc.query("SELECT id, version_no FROM assessment_template WHERE programme_id = ? AND active", rs -> {
            long source = rs.getLong(1);
            target.update("INSERT INTO assessment_template (programme_id, version_no, active, created_at, created_by) "
                    + "VALUES (?, ?, TRUE, CURRENT_TIMESTAMP(6), 'test')", id, rs.getInt(2));
            long copy = target.queryForObject("SELECT MAX(id) FROM assessment_template", Long.class);
            jdbc.query("SELECT position, code, label FROM assessment_dimension WHERE template_id = ?", d -> {
                target.update("INSERT INTO assessment_dimension VALUES (?, ?, ?, ?)", copy, d.getInt(1), d.getString(2),
                        d.getString(3));
            }, source);
            jdbc.query("SELECT position, value, description FROM assessment_scale_step WHERE template_id = ?", d -> {
                target.update("INSERT INTO assessment_scale_step VALUES (?, ?, ?, ?)", copy, d.getInt(1), d.getInt(2),
                        d.getString(3));
            }, source);
            jdbc.query("SELECT step, label FROM assessment_ladder_step WHERE template_id = ?", d -> {
                target.update("INSERT INTO assessment_ladder_step VALUES (?, ?, ?)", copy, d.getInt(1), d.getString(2));
            }, source);
        }, programmeId);
        return id;
    }

    private DataSource dataSourceFor(String database) throws Exception {
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName().replaceFirst("@.*", "");
        }
        return new DriverManagerDataSource(url.replaceFirst("(//[^/]+/)[^?]*", "$1" + database), user, "");
    }
}
