package se.samspar.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.IntegrationTest;
import se.samspar.base.InvalidInputException;
import se.samspar.base.KioskCode;
import se.samspar.base.Role;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;

/** Templates, staff answers, tablet codes and results against the real database. */
class QuestionnaireServiceTest extends IntegrationTest {

    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    JdbcTemplate jdbc;

    /** The tablet's address in these tests: each test its own, so guesses elsewhere do not slow it. */
    private static final String ADDRESS = "192.0.2." + (System.nanoTime() % 200);
    private long programmeId;
    private String coordinator;
    private String staff;

    @BeforeEach
    void programme() {
        programmeId = newProgramme("Enkätprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 20);
        coordinator = newCoordinator("Ebba Enkät", programmeId)[0];
        staff = newStaff("Sune Svar", programmeId)[0];
    }

    /** A participant started a month ago and exited on the day, by staff. */
    private long exited(String first, LocalDate exitDay) {
        long id = startedParticipant(staff, programmeId, first, "Enkätsson", Kon.KVINNA, exitDay.minusMonths(1));
        Enrolment e = enrolments.fileOf(jdbc.queryForObject("SELECT person_id FROM enrolment WHERE id = ?", Long.class, id),
                se.samspar.audit.AuditAction.VIEW).enrolments().getFirst();
        enrolments.exit(e.getId(), e.getVersion(), new Exit(exitDay, Set.of(ExitReasons.ARBETE), null,
                "EJ_SUBVENTIONERAT_ARBETE", Set.of("INGEN"), false));
        return id;
    }

    private static List<Answer> answers(int scope, int ready, int respect, String good) {
        List<Answer> a = new ArrayList<>(List.of(new Answer(scope, null), new Answer(ready, null), new Answer(respect, null),
                new Answer(null, good)));
        a.addAll(Collections.nCopies(2, Answer.NONE));
        return a;
    }

    @Test
    void staff_answers_are_stored_without_the_enrolment_once_and_the_coordinator_sees_the_mean() {
        LocalDate exitDay = LocalDate.of(2026, 6, 10);
        long anna = exited("Anna", exitDay);
        long bodil = exited("Bodil", exitDay);
        exited("Cecilia", exitDay);

        loginAs(staff, Role.PERSONAL);
        QuestionnaireService.Template t = questionnaires.template(programmeId, Purpose.EXIT);
        assertThat(t.versionNo()).isEqualTo(1);
        assertThat(t.items()).isEqualTo(Item.defaults());
        questionnaires.answer(anna, Purpose.EXIT, null, t.id(), answers(6, 5, 6, "Bemötandet"), false);
        questionnaires.answer(bodil, Purpose.EXIT, null, t.id(), answers(5, 4, 6, ""), true);
        assertThatThrownBy(() -> questionnaires.answer(anna, Purpose.EXIT, null, t.id(), answers(1, 1, 1, ""), false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.already-answered"));
        assertThatThrownBy(() -> questionnaires.answer(exited("Doris", exitDay), Purpose.EXIT, null, t.id(),
                answers(6, 7, 6, ""), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("item-1"));

        // Nothing the reports read names the enrolment or the person.
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name IN ('questionnaire_response', 'questionnaire_answer')", String.class))
                .doesNotContain("enrolment_id", "person_id");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM questionnaire_response WHERE template_id = ?", Integer.class,
                t.id())).isEqualTo(2);

        loginAs(coordinator, Role.SAMORDNARE);
        QuestionnaireFigures.Figures f = questionnaires.results(programmeId, Purpose.EXIT, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), false);
        assertThat(f.exited()).isEqualTo(4);
        assertThat(f.answered()).isEqualTo(2);
        assertThat(f.responseRate()).contains(50);
        assertThat(f.scales()).extracting(QuestionnaireFigures.ScaleResult::meanText).containsExactly("5,5", "4,5", "6,0");
        assertThat(questionnaires.results(programmeId, Purpose.EXIT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                true).scales()).allSatisfy(s -> assertThat(s.meanText()).isEqualTo("–"));
    }

    @Test
    void a_tablet_code_works_once_for_its_own_questionnaire_and_not_after_it_expires() {
        long eva = exited("Eva", LocalDate.of(2026, 5, 4));
        long frida = exited("Frida", LocalDate.of(2026, 5, 4));
        long gun = exited("Gun", LocalDate.of(2026, 5, 4));
        loginAs(staff, Role.PERSONAL);
        String code = questionnaires.createCode(eva, Purpose.EXIT, null).code();
        String expired = questionnaires.createCode(frida, Purpose.EXIT, null).code();
        jdbc.update("UPDATE questionnaire_code SET expires_at = ? WHERE code_hash = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusMinutes(1)),
                KioskCode.hash(KioskCode.normalise(expired)));
        SecurityContextHolder.clearContext();

        QuestionnaireService.KioskForm form = questionnaires.openCode(code.toLowerCase(), ADDRESS);
        assertThat(form.items()).isEqualTo(Item.defaults());
        assertThatThrownBy(() -> questionnaires.submitWithCode(code, form.templateId() + 1000, answers(6, 6, 6, ""),
                ADDRESS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.code-other"));
        assertThatThrownBy(() -> questionnaires.submitWithCode(code, form.templateId(), answers(6, 0, 6, ""), ADDRESS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.scale-range"));
        questionnaires.submitWithCode(code, form.templateId(), answers(6, 6, 5, "Allt"), ADDRESS);
        assertThatThrownBy(() -> questionnaires.submitWithCode(code, form.templateId(), answers(6, 6, 5, "Allt"),
                ADDRESS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.code-used"));
        assertThatThrownBy(() -> questionnaires.openCode(expired, ADDRESS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.code-expired"));
        assertThatThrownBy(() -> questionnaires.openCode("ABCD-EFGH", ADDRESS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.code-unknown"));

        loginAs(staff, Role.PERSONAL);
        assertThat(questionnaires.hasAnswered(eva, Purpose.EXIT, null)).isTrue();
        assertThat(questionnaires.hasAnswered(gun, Purpose.EXIT, null)).isFalse();
        assertThatThrownBy(() -> questionnaires.createCode(eva, Purpose.EXIT, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.already-answered"));
        assertThat(jdbc.queryForObject("SELECT mode FROM questionnaire_response WHERE template_id = ?", String.class,
                form.templateId())).isEqualTo("KIOSK");
    }

    @Test
    void editing_an_answered_template_creates_a_new_version_and_old_answers_keep_theirs() {
        long hanna = exited("Hanna", LocalDate.of(2026, 4, 1));
        loginAs(coordinator, Role.SAMORDNARE);
        QuestionnaireService.Template v1 = questionnaires.template(programmeId, Purpose.EXIT);
        List<Item> edited = new ArrayList<>(v1.items());
        edited.add(Item.freeText("Vad vill du göra nu?"));
        assertThat(questionnaires.saveTemplate(programmeId, Purpose.EXIT, v1.id(), edited))
                .isEqualTo(Versioning.Outcome.IN_PLACE);
        QuestionnaireService.Template same = questionnaires.template(programmeId, Purpose.EXIT);
        assertThat(same.id()).isEqualTo(v1.id());
        assertThat(same.items()).hasSize(7);

        loginAs(staff, Role.PERSONAL);
        List<Answer> seven = new ArrayList<>(answers(4, 4, 4, ""));
        seven.add(new Answer(null, "Jobba"));
        questionnaires.answer(hanna, Purpose.EXIT, null, same.id(), seven, false);

        loginAs(coordinator, Role.SAMORDNARE);
        edited.set(0, Item.scale("Antalet träffar har varit lagom"));
        assertThat(questionnaires.saveTemplate(programmeId, Purpose.EXIT, same.id(), edited))
                .isEqualTo(Versioning.Outcome.NEW_VERSION);
        assertThat(questionnaires.versions(programmeId, Purpose.EXIT)).extracting(QuestionnaireService.Template::versionNo)
                .containsExactly(2, 1);
        assertThat(questionnaires.template(programmeId, Purpose.EXIT).items().getFirst().text())
                .isEqualTo("Antalet träffar har varit lagom");
        // Saving over the old version is a concurrent edit; the answer stays on version 1's questions.
        assertThatThrownBy(() -> questionnaires.saveTemplate(programmeId, Purpose.EXIT, v1.id(), edited))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        QuestionnaireFigures.Figures f = questionnaires.results(programmeId, Purpose.EXIT, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), false);
        assertThat(f.scales().getFirst().text()).isEqualTo(Item.defaults().getFirst().text());
        assertThat(f.texts()).anySatisfy(t -> assertThat(t.answers()).containsExactly("Jobba"));
    }

    @Autowired
    se.samspar.session.GroupService groups;

    @Test
    void a_group_evaluation_is_answered_by_the_groups_members_and_counted_against_them() {
        long ines = startedParticipant(staff, programmeId, "Ines", "Iris", Kon.KVINNA, LocalDate.of(2026, 2, 2));
        long jon = startedParticipant(staff, programmeId, "Jon", "Jasmin", Kon.MAN, LocalDate.of(2026, 2, 2));
        long outsider = startedParticipant(staff, programmeId, "Klas", "Kamomill", Kon.MAN, LocalDate.of(2026, 2, 2));
        loginAs(coordinator, Role.SAMORDNARE);
        LocalDate monday = LocalDate.of(2026, 3, 2);
        long groupId = groups.createGroup(new se.samspar.session.GroupDraft(programmeId, "Utvärderingsgrupp", monday,
                monday.plusWeeks(2), Set.of(userId(staff)), null, null, null, null, false, null)).getId();
        groups.generateSeries(groupId, se.samspar.session.SeriesPlan.weekly(monday, 2, Set.of(java.time.DayOfWeek.MONDAY),
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(11, 0), false), "Test");
        groups.addMember(groupId, ines, monday);
        groups.addMember(groupId, jon, monday);

        loginAs(staff, Role.PERSONAL);
        long templateId = questionnaires.template(programmeId, Purpose.GROUP).id();
        questionnaires.answer(ines, Purpose.GROUP, groupId, templateId, answers(5, 5, 6, "Samtalen"), true);
        assertThatThrownBy(() -> questionnaires.answer(outsider, Purpose.GROUP, groupId, templateId,
                answers(5, 5, 6, ""), false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.not-in-group"));
        assertThat(questionnaires.hasAnswered(ines, Purpose.EXIT, null)).as("the exit questionnaire is separate").isFalse();

        loginAs(coordinator, Role.SAMORDNARE);
        QuestionnaireFigures.Figures f = questionnaires.results(programmeId, Purpose.GROUP, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), false);
        assertThat(f.exited()).as("members of groups whose last session was in March").isEqualTo(2);
        assertThat(f.answered()).as("the evaluation counts on the group's last session").isEqualTo(1);
        assertThat(f.responseRate()).contains(50);
    }

    @Test
    void guessing_codes_from_one_address_is_slowed_down_like_guessing_passwords() {
        String tablet = "198.51.100." + (System.nanoTime() % 200);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> questionnaires.openCode("QQQQ-QQQQ", tablet))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.code-unknown"));
        }
        assertThatThrownBy(() -> questionnaires.openCode("QQQQ-QQQQ", tablet))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("questionnaire.error.code-wait"));
    }

    @Test
    void a_new_programme_with_individual_participants_starts_with_the_six_default_items() {
        assertThat(jdbc.queryForList("SELECT purpose FROM questionnaire_template WHERE programme_id = ? AND active "
                + "ORDER BY purpose", String.class, programmeId)).containsExactly("EXIT", "GROUP");
        long headcount = newProgramme("Bara antal", se.samspar.programme.ProgrammeKind.HEADCOUNT, 0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM questionnaire_template WHERE programme_id = ?",
                Integer.class, headcount)).isZero();
        loginAs(coordinator, Role.SAMORDNARE);
        assertThat(questionnaires.template(programmeId, Purpose.GROUP).items()).isEqualTo(Item.defaults());
    }
}
