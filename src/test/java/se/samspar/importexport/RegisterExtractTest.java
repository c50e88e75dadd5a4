package se.samspar.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samspar.importexport.Sheet.Columns.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.PdfText;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonService;
import se.samspar.programme.ProgrammeKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registerutdrag shows a person everything stored about them, and who has looked; only the administrator makes one. */
class RegisterExtractTest extends ImportTestSupport {

    static final String REASON = "Begäran från den registrerade, ärende 2026-17";

    @Autowired
    RegisterExtractService extracts;
    @Autowired
    PersonService persons;
    @Autowired
    se.samspar.assessment.AssessmentService assessments;

    @Test
    void the_extract_holds_registrations_attendance_answers_given_and_who_viewed_them() throws Exception {
        long programmeId = newProgramme("Utdragsinsats", ProgrammeKind.INDIVIDUAL, 5);
        String programme = name(programmeId);
        String pnr = Sheets.freshPnr(jdbc, Kon.MAN);
        Sheets file = new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Ulf", LAST_NAME, "Utdrag", PHONE, "070-1234567")
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programme, REFERRAL, "2019-01-14", START, "2019-02-04")
                .row(Sheet.AVSLUT, PNR, pnr, PROGRAMME, programme, START, "2019-02-04", END, "2019-06-28", REASONS, "Studier")
                .row(Sheet.NARVARO, PNR, pnr, PROGRAMME, programme, START, "2019-02-04", GROUP, "Utdragsgruppen",
                        DATE, "2019-02-11", FROM_TIME, "13:00", TO_TIME, "15:00", STATUS, "Närvarande");
        loginAs("extract-admin", Role.ADMIN);
        imports.commit("utdrag.xlsx", file.xlsx(), file.content());
        long personId = jdbc.queryForObject("SELECT id FROM person WHERE personnummer = ?", Long.class, pnr);
        String staff = newStaff("Ulla Tittare", programmeId)[0];
        loginAs(staff, Role.PERSONAL);
        persons.open(personId, false);

        loginAs("extract-admin", Role.ADMIN);
        assertThat(extracts.find(pnr.replace("-", ""), REASON)).hasValueSatisfying(f -> {
            assertThat(f.id()).isEqualTo(personId);
            assertThat(f.description()).startsWith("Ulf Utdrag");
        });
        JsonNode json = JsonMapper.builder().build().readTree(new String(extracts.json(personId, REASON), StandardCharsets.UTF_8));
        assertThat(json.get("reason").asString()).isEqualTo(REASON);
        assertThat(json.get("person").get(0).get("personnummer").asString()).isEqualTo(pnr);
        assertThat(json.get("person").get(0).get("phone").asString()).isEqualTo("070-1234567");
        assertThat(json.get("enrolments").get(0).get("programme").asString()).isEqualTo(programme);
        assertThat(json.get("enrolments").get(0).get("exitReasons").asString()).isEqualTo("STUDIER");
        assertThat(json.get("attendance").get(0).get("groupName").asString()).isEqualTo("Utdragsgruppen");
        assertThat(json.get("attendance").get(0).get("status").asString()).isEqualTo("NARVARANDE");
        assertThat(json.get("log").valueStream().map(e -> e.get("username").asString() + " " + e.get("action").asString()))
                .contains(staff + " VIEW");

        String pdf = PdfText.of(extracts.pdf(personId, REASON));
        assertThat(pdf).contains("Registerutdrag", "Personuppgifter", "Ulf", "Utdrag", programme, "Utdragsgruppen",
                "Vem har läst eller ändrat uppgifterna", staff, "Enkätsvaren sparas utan koppling till dig");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE person_id = ? AND action = 'REGISTERUTDRAG'",
                Integer.class, personId)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE person_id = ? AND action = 'REGISTERUTDRAG'",
                String.class, personId)).containsExactly("JSON; skäl: " + REASON, "PDF; skäl: " + REASON);
    }

    @Test
    void an_extract_needs_a_stated_reason_and_a_search_without_one_finds_no_one() {
        loginAs("extract-admin", Role.ADMIN);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
        for (String missing : new String[] {null, "", "   ", "ok"}) {
            assertThatThrownBy(() -> extracts.find("ANON-BCDFGHJK", missing))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("extract.error.reason-required"));
            assertThatThrownBy(() -> extracts.pdf(1, missing)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> extracts.json(1, missing)).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> extracts.json(1, "x".repeat(RegisterExtractService.REASON_MAX + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("extract.error.reason-too-long"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void an_export_by_the_coordinator_shows_in_the_registerutdrag_of_every_person_it_carried() throws Exception {
        long programmeId = newProgramme("Exportinsats", ProgrammeKind.INDIVIDUAL, 5);
        String programme = name(programmeId);
        String first = Sheets.freshPnr(jdbc, Kon.KVINNA);
        String second = Sheets.freshPnr(jdbc, Kon.MAN);
        Sheets file = new Sheets()
                .row(Sheet.PERSONER, PNR, first, FIRST_NAME, "Eva", LAST_NAME, "Export")
                .row(Sheet.PERSONER, PNR, second, FIRST_NAME, "Erik", LAST_NAME, "Export")
                .row(Sheet.INSKRIVNINGAR, PNR, first, PROGRAMME, programme, REFERRAL, "2019-01-14", START, "2019-02-04")
                .row(Sheet.INSKRIVNINGAR, PNR, second, PROGRAMME, programme, REFERRAL, "2019-03-11", START, "2019-04-01");
        loginAs("extract-admin", Role.ADMIN);
        imports.commit("export.xlsx", file.xlsx(), file.content());
        long eva = jdbc.queryForObject("SELECT id FROM person WHERE personnummer = ?", Long.class, first);
        long erik = jdbc.queryForObject("SELECT id FROM person WHERE personnummer = ?", Long.class, second);
        String coordinator = newCoordinator("Saga Samordnare", programmeId)[0];

        loginAs("extract-admin", Role.ADMIN);
        assertThatThrownBy(() -> imports.export(programmeId, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
                .as("the administrator sees no participant data").isInstanceOf(AccessDeniedException.class);
        loginAs(coordinator, Role.SAMORDNARE);
        imports.export(programmeId, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

        loginAs("extract-admin", Role.ADMIN);
        for (long personId : new long[] {eva, erik}) {
            JsonNode json = JsonMapper.builder().build().readTree(new String(extracts.json(personId, REASON),
                    StandardCharsets.UTF_8));
            assertThat(json.get("log").valueStream().map(e -> e.get("username").asString() + " " + e.get("action").asString()))
                    .contains(coordinator + " EXPORT");
        }
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE username = ? AND action = 'EXPORT' "
                + "AND person_id IS NULL", String.class, coordinator))
                .containsExactly("export programme " + programmeId + " 2019-01-01–2019-12-31: 2 persons");
    }

    @Test
    void the_extract_lists_the_persons_assessments_with_the_words_of_their_templates_scales() throws Exception {
        long programmeId = newProgramme("Stegutdrag", ProgrammeKind.INDIVIDUAL, 5);
        String staff = newStaff("Stina Steg", programmeId)[0];
        LocalDate today = LocalDate.now();
        long enrolment = startedParticipant(staff, programmeId, "Sten", "Steg", Kon.MAN, today.minusWeeks(10));
        var start = new se.samspar.assessment.AssessmentDraft(today.minusWeeks(9),
                se.samspar.assessment.AssessmentFacts.Kind.START, 3);
        se.samspar.assessment.AssessmentTemplate.defaultDimensions().forEach(d -> start.score(d.code(),
                d.code().equals("HALSA") ? 2 : 4, d.code().equals("HALSA") ? "Sover dåligt" : null));
        assessments.record(enrolment, start);
        String coordinator = newCoordinator("Stig Mall", programmeId)[0];
        loginAs(coordinator, Role.SAMORDNARE);
        var scale = java.util.List.of(new se.samspar.assessment.AssessmentTemplate.ScaleStep(0, "Inte alls"),
                new se.samspar.assessment.AssessmentTemplate.ScaleStep(1, "Delvis"),
                new se.samspar.assessment.AssessmentTemplate.ScaleStep(2, "Helt"));
        assessments.saveTemplate(programmeId, assessments.template(programmeId), java.util.List.of(
                new se.samspar.assessment.AssessmentTemplate.TemplateDimension("HALSA", "Hälsa och sömn", scale)),
                java.util.List.of("Långt ifrån", "Nära", "I arbete"));
        loginAs(staff, Role.PERSONAL);
        var exit = new se.samspar.assessment.AssessmentDraft(today.minusWeeks(1),
                se.samspar.assessment.AssessmentFacts.Kind.FOLLOW_UP, 2).score("HALSA", 1, null);
        assessments.record(enrolment, exit);
        long personId = jdbc.queryForObject("SELECT person_id FROM enrolment WHERE id = ?", Long.class, enrolment);

        loginAs("extract-admin", Role.ADMIN);
        JsonNode json = JsonMapper.builder().build().readTree(new String(extracts.json(personId, REASON),
                StandardCharsets.UTF_8));
        JsonNode list = json.get("assessments");
        assertThat(list).hasSize(2);
        JsonNode first = list.get(0);
        assertThat(first.get("assessedOn").asString()).isEqualTo(today.minusWeeks(9).toString());
        assertThat(first.get("assessmentKind").asString()).isEqualTo("START");
        assertThat(first.get("assessedBy").asString()).isEqualTo("Stina Steg");
        assertThat(first.get("step").asInt()).isEqualTo(3);
        assertThat(first.get("stepLabel").asString()).isEqualTo("steg 3 av 7: Social och hälsomässig rehabilitering");
        assertThat(first.get("templateVersion").asInt()).isEqualTo(1);
        assertThat(first.get("scores")).hasSize(6);
        assertThat(first.get("scores").get(0).get("dimension").asString()).isEqualTo("Hälsa");
        assertThat(first.get("scores").get(0).get("score").asInt()).isEqualTo(2);
        assertThat(first.get("scores").get(0).get("scaleLabel").asString()).isEqualTo("Tydliga svårigheter");
        assertThat(first.get("scores").get(0).get("comment").asString()).isEqualTo("Sover dåligt");
        JsonNode second = list.get(1);
        assertThat(second.get("templateVersion").asInt()).as("made on the new version").isEqualTo(2);
        assertThat(second.get("stepLabel").asString()).isEqualTo("steg 2 av 3: Nära");
        assertThat(second.get("scores").get(0).get("scaleLabel").asString()).isEqualTo("Delvis");

        String pdf = PdfText.of(extracts.pdf(personId, REASON));
        assertThat(pdf).contains("Bedömningar av stegförflyttning", "Startbedömning", "Uppföljande bedömning",
                "Stina Steg", "Social och hälsomässig rehabilitering",
                "Hälsa 2 (Tydliga svårigheter). Kommentar: Sover dåligt", "Vardagsstruktur 4 (Små svårigheter)",
                "Hälsa och sömn 1 (Delvis)");
    }

    @Test
    void only_the_administrator_makes_an_extract() {
        long programmeId = newProgramme("Utdrag förbjudet", ProgrammeKind.INDIVIDUAL, 5);
        String coordinator = newCoordinator("Sara Samordnare", programmeId)[0];
        loginAs(coordinator, Role.SAMORDNARE);
        assertThatThrownBy(() -> extracts.json(1, REASON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> extracts.find("ANON-1", REASON)).isInstanceOf(AccessDeniedException.class);
    }
}
