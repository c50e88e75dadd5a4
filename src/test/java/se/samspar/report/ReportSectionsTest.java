package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samspar.report.ReportPdfTest.squeeze;
import static se.samspar.report.ReportPdfTest.squeezed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.base.CodeLists;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.codelist.CodeListService;
import se.samspar.enrolment.Decision;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.ExitGroup;
import se.samspar.enrolment.ExitReasons;
import se.samspar.headcount.HeadcountService;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeKind;
import se.samspar.programme.ProgrammeService;
import se.samspar.questionnaire.Answer;
import se.samspar.questionnaire.Purpose;
import se.samspar.questionnaire.QuestionnaireService;
import se.samspar.session.Attendance;
import se.samspar.session.AttendanceService;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SeriesPlan;
import se.samspar.statistics.Distribution;
import se.samspar.statistics.StatisticsService;

/**
 * The sections issue 18 adds to a programme report, through the services: headcounts beside the
 * individual participants, anonymous participants apart, the group evaluations, follow-up used,
 * the programme's own bands, and a förbund's own exit reason in the board's statistics.
 */
class ReportSectionsTest extends ReportTestSupport {

    private static final LocalDate FROM = LocalDate.of(2018, 7, 1);
    private static final LocalDate TO = LocalDate.of(2018, 12, 31);

    @Autowired
    HeadcountService headcounts;
    @Autowired
    ProgrammeService programmeService;
    @Autowired
    GroupService groups;
    @Autowired
    AttendanceService attendance;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    CodeListService codeLists;
    @Autowired
    StatisticsService statistics;

    @Test
    void asf_reports_its_participants_its_inspiration_trainings_and_its_anonymous_participants_apart()
            throws IOException {
        long programmeId = newProgramme("ASF", ProgrammeKind.BOTH, 10, LocalDate.of(2016, 1, 1));
        String coordinator = newCoordinator("Asf Samordnare", programmeId)[0];
        String staff = newStaff("Asf Personal", programmeId)[0];
        // The programme reports years in support and months in bands of its own.
        loginAs(coordinator, Role.SAMORDNARE);
        Programme p = programmeService.get(programmeId);
        p.setReportAgeBands("25,45");
        p.setReportYearBands("2,4,6,8");
        p.setReportTimeBands("3,6");
        programmeService.save(p);
        Programme wrong = programmeService.get(programmeId);
        wrong.setReportTimeBands("6,3");
        assertThatThrownBy(() -> programmeService.save(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("reportTimeBands"));

        // Three named participants exit in the autumn (one of them a second enrolment of an earlier period).
        Enrolment a = enrol(programmeId, staff, 24, Kon.KVINNA, LocalDate.of(2018, 8, 6), "GYMNASIUM",
                Set.of("FORSORJNINGSSTOD"), 1, null);
        Enrolment b = enrol(programmeId, staff, 38, Kon.MAN, LocalDate.of(2018, 3, 5), "GRUNDSKOLA",
                Set.of("A_KASSA"), 5, null);
        Enrolment c = enrol(programmeId, staff, 50, Kon.KVINNA, LocalDate.of(2018, 8, 6), null, Set.of(), 12, null);
        exit(a, ExitReasons.ARBETE, true);
        exit(b, ExitReasons.STUDIER, false);
        exit(c, ExitReasons.SJUKDOM, false);
        // Two anonymous participants (no consent): they occupy places, but are not in the figures about persons.
        for (Kon kon : List.of(Kon.KVINNA, Kon.MAN)) {
            long anon = persons.register(PersonDraft.anonymousPerson(kon, 1990, "Mellerud")).personId();
            persons.enrol(anon, new EnrolmentDraft(programmeId, LocalDate.of(2018, 8, 1), "AF", null, null,
                    Decision.ANTAGEN, null, LocalDate.of(2018, 8, 20), null, null, null, false, null, Set.of(), null,
                    null, null));
        }
        // Inspiration trainings are headcounts: in the spring and in the autumn.
        headcounts.register(programmeId, LocalDate.of(2018, 4, 10), "Inspirationsutbildning", null, 6, 4);
        headcounts.register(programmeId, LocalDate.of(2018, 9, 11), "Inspirationsutbildning", null, 5, 2);
        headcounts.register(programmeId, LocalDate.of(2018, 10, 16), "Inspirationsutbildning", null, 3, 3);
        headcounts.register(programmeId, LocalDate.of(2018, 11, 6), "Studiebesök", null, 2, 1);

        loginAs(coordinator, Role.SAMORDNARE);
        byte[] pdf = reports.generate(programmeId, ReportKind.HELAR, FROM, TO, true, false);
        Files.write(Path.of("target", "report-asf-2018.pdf"), pdf);
        String text = squeeze(ReportPdfTest.text(pdf));
        assertThat(text).contains(squeezed(
                "Inom parentes efter varje antal: föregående period (januari – juni 2018).",
                // Places count the anonymous too; the counts about persons do not.
                "Vid periodens slut var 2 (1) platser i bruk.",
                "Under perioden har 2 (1) deltagare startat och 3 (0) deltagare avslutat.",
                "Det finns även 2 (0) anonyma deltagare registrerade som inte är med i nedanstående statistik",
                // Headcounts per activity, with the spring's in brackets, and a total row.
                "Aktiviteter med antal deltagare (pinnstatistik)",
                "Inspirationsutbildning, 2 tillfällen (1) 8 (6) 5 (4) 13 (10)",
                "Studiebesök, 1 tillfälle (0) 2 (0) 1 (0) 3 (0)", "Summa, 3 tillfällen (1) 10 (6) 6 (4) 16 (10)",
                // Results and the target group, with the previous period in brackets.
                "Av 3 (0) avslutade deltagare har 1 (0) gått till arbete (1 (0) kvinnor och 0 (0) män) = 33 %",
                "och 1 (0) till studier", "Arbete eller studier: 2 (0) = 67 %",
                "Könsfördelningen har under perioden varit 2 (0) kvinnor och 1 (0) män.",
                // The programme's own age bands; the education table in the code list's order, unknown last.
                "–24 år 25–44 år 45– år", "1 (0) 1 (0) 1 (0)",
                "Grundskola eller kortare 1 (0) Gymnasium 1 (0) Okänd 1 (0)",
                // Years in support in the programme's bands.
                "upp till 2 år 1 (0) 3–4 år 0 (0) 5–6 år 1 (0) 7–8 år 0 (0) 9 år eller mer 1 (0)", "uppgift saknas 0 (0)",
                // Months in the programme: 4 months and 10 days, and 9 months.
                "upp till 3 mån 0 (0) 4–6 mån 2 (0) mer än 6 mån 1 (0)",
                "Arbete 1 (0) Studier 1 (0) Sjukdom 1 (0)"));
        assertThat(text).doesNotContain(squeezed("4 deltagare startat", "5 deltagare avslutat"));
        // The board's version, read for what it gives away: the headcounts' sums withhold the columns a cell is
        // withheld in (13 of 16 is Inspirationsutbildning's, so Studiebesök's 2 and 1 would follow from the sums),
        // and the mean years of the two under nine years is not printed.
        byte[] boardPdf = reports.generate(programmeId, ReportKind.HELAR, FROM, TO, true, true);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "rapport-asf-styrelsen.pdf"), boardPdf);
        String board = squeeze(ReportPdfTest.text(boardPdf));
        assertThat(board).contains(squeezed("Inspirationsutbildning, 2 tillfällen (1) x (6) x (4) 13 (10)",
                "Studiebesök, 1 tillfälle (0) <3 (0) <3 (0) 3 (0)", "Summa, 3 tillfällen (1) 10 (6) 6 (4) 16 (10)",
                // Three exited persons: no band table, no age span, no table of one row "Övriga".
                "Åldersfördelningen redovisas inte", "Tiden i band redovisas inte",
                "Redovisas inte: färre än 3 personer i flera utbildningsgrupper."))
                .doesNotContain(squeezed("åldersgrupperna", "Övriga 3"))
                .doesNotContain(squeezed("snittet 3,0"));

        // The board's statistics: the programme's exited persons and its headcounts are rows of their own.
        loginAs(coordinator, Role.SAMORDNARE);
        StatisticsService.Statistics s = statistics.statistics(FROM, TO, false);
        String name = programmeService.get(programmeId).getName();
        assertThat(s.programmes()).anySatisfy(row -> {
            assertThat(row.programme()).isEqualTo(name);
            assertThat(row.headcount()).isFalse();
            assertThat(List.of(row.women(), row.men())).containsExactly(2, 1);
        }).anySatisfy(row -> {
            assertThat(row.programme()).isEqualTo(name);
            assertThat(row.headcount()).isTrue();
            assertThat(List.of(row.women(), row.men())).containsExactly(10, 6);
        });
    }

    @Test
    void follow_up_used_counts_the_persons_with_a_follow_up_contact_in_the_period_and_says_when_none_did()
            throws IOException {
        long programmeId = newProgramme("Rehabilitering", ProgrammeKind.INDIVIDUAL, 50, LocalDate.of(2016, 1, 1));
        loginAs("test-admin", Role.ADMIN);
        se.samspar.programme.PlaceAllocation followUp = new se.samspar.programme.PlaceAllocation(
                programmeService.get(programmeId));
        followUp.setKind(se.samspar.programme.PlaceKind.FOLLOW_UP);
        followUp.setPlaces(20);
        followUp.setValidFrom(LocalDate.of(2016, 1, 1));
        programmeService.savePlaces(followUp);
        String coordinator = newCoordinator("Rehab Samordnare", programmeId)[0];
        String staff = newStaff("Rehab Personal", programmeId)[0];
        List<Enrolment> exited = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Enrolment e = enrol(programmeId, staff, 30 + 7 * i, i == 0 ? Kon.MAN : Kon.KVINNA, START, "GYMNASIUM",
                    Set.of("SJUKPENNING"), 2, null);
            exit(e, ExitReasons.ARBETE, true);
            exited.add(e);
        }
        // One more goes on through 2019, so that both halves of the year have a participant.
        enrol(programmeId, staff, 45, Kon.MAN, START, "GYMNASIUM", Set.of("SJUKPENNING"), 2, null);
        // Two of the three who wanted follow-up had contacts in the spring of 2019, one twice.
        enrolments.addFollowUp(exited.get(0).getId(), LocalDate.of(2019, 2, 1),
                se.samspar.enrolment.FollowUpContact.Kind.TELEFON, null);
        enrolments.addFollowUp(exited.get(0).getId(), LocalDate.of(2019, 3, 1),
                se.samspar.enrolment.FollowUpContact.Kind.MOTE, null);
        enrolments.addFollowUp(exited.get(1).getId(), LocalDate.of(2019, 5, 1),
                se.samspar.enrolment.FollowUpContact.Kind.MOTE, null);
        loginAs(coordinator, Role.SAMORDNARE);
        String spring = squeeze(ReportPdfTest.text(reports.generate(programmeId, ReportKind.DELAR,
                LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30), false, false)));
        assertThat(spring).contains(squeezed("och 20 uppföljningsplatser",
                "2 personer har tagit del av uppföljningsstödet (haft en uppföljningskontakt under perioden)."));
        String autumn = squeeze(ReportPdfTest.text(reports.generate(programmeId, ReportKind.DELAR,
                LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31), false, false)));
        assertThat(autumn).contains(squeezed("Ingen deltagare har tagit del av uppföljningsstödet under perioden."));
    }

    @Test
    void the_group_evaluations_of_groups_that_ended_in_the_period_reach_the_report_with_picked_comments()
            throws IOException {
        long programmeId = newProgramme("Arbetsrehabteamet", ProgrammeKind.INDIVIDUAL, 50, LocalDate.of(2016, 1, 1));
        String[] coordinator = newCoordinator("Grupp Samordnare", programmeId);
        long coordinatorId = userId(coordinator[0]);
        String staff = newStaff("Grupp Personal", programmeId)[0];
        LocalDate monday = LocalDate.of(2018, 9, 3);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(enrol(programmeId, staff, 26 + 3 * i, i % 2 == 0 ? Kon.KVINNA : Kon.MAN, monday, "GYMNASIUM",
                    Set.of("SJUKPENNING"), 2, null).getId());
        }
        loginAs(coordinator[0], Role.SAMORDNARE);
        Group group = groups.createGroup(new GroupDraft(programmeId, "Startgrupp hösten 2018", monday,
                LocalDate.of(2018, 10, 31), Set.of(coordinatorId), null, null, null, 12, false, null));
        for (long m : members) {
            groups.addMember(group.getId(), m, monday);
        }
        List<GroupSession> sessions = groups.generateSeries(group.getId(), SeriesPlan.passes(monday, 8,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(12, 0), null, false),
                null);
        for (GroupSession s : sessions) {
            for (long m : members) {
                attendance.mark(s.getId(), m, Attendance.NARVARANDE);
            }
        }
        // Five of the six answered the group evaluation orally: a mean of 5,4 on the first statement.
        long templateId = questionnaires.template(programmeId, Purpose.GROUP).id();
        int[] scope = {6, 6, 5, 5, 5};
        for (int i = 0; i < 5; i++) {
            questionnaires.answer(members.get(i), Purpose.GROUP, group.getId(), templateId, List.of(
                    new Answer(scope[i], i == 0 ? "Bra att träffas två gånger i veckan" : null), new Answer(5, null),
                    new Answer(6, null), Answer.NONE, Answer.NONE, Answer.NONE), true);
        }
        ReportDraft draft = reports.createDraft(programmeId, ReportKind.HELAR, LocalDate.of(2018, 1, 1), TO);
        DraftContent c = draft.content();
        List<String> quotable = reports.quotable(programmeId, c.from(), c.to()).stream()
                .flatMap(t -> t.answers().stream()).toList();
        assertThat(quotable).contains("Bra att träffas två gånger i veckan");
        draft = reports.saveDraft(draft.getId(), draft.getVersion(), new DraftContent(c.kind(), c.from(), c.to(), false,
                c.texts(), List.of("Bra att träffas två gånger i veckan"), null, null, null));
        byte[] full = reports.preview(draft.getId(), false);
        Files.write(Path.of("target", "report-group-evaluation-2018.pdf"), full);
        String text = squeeze(ReportPdfTest.text(full));
        assertThat(text).contains(squeezed("Gruppverksamheten", "Gruppernas utvärdering",
                "Av de 6 deltagarna i de grupper som avslutats under perioden har 5 besvarat utvärderingen.",
                "Kommentarer i gruppernas utvärdering", "”Bra att träffas två gånger i veckan”"));
        String templateStatement = questionnaires.template(programmeId, Purpose.GROUP).items().getFirst().text();
        assertThat(text).contains(squeezed(templateStatement + " 5 5,4"));
        // The comment picked from the group evaluation is not printed as an exit questionnaire's.
        assertThat(text).doesNotContain(squeezed("Deltagarnas kommentarer"));
        String board = squeeze(ReportPdfTest.text(reports.preview(draft.getId(), true)));
        assertThat(board).contains(squeezed("Gruppernas utvärdering", templateStatement + " 5 5,4"));
    }

    @Test
    void an_exit_reason_the_forbund_adds_needs_a_board_group_and_is_counted_in_it() {
        loginAs("test-admin", Role.ADMIN);
        assertThatThrownBy(() -> codeLists.add(CodeLists.EXIT_REASON, "UTAN_GRUPP", "Utan grupp", 120, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("codelist.error.board-group-required"));
        assertThatThrownBy(() -> codeLists.add(CodeLists.EXIT_REASON, "RAKNAS_INTE", "Räknas inte", 120,
                ExitGroup.EJ_RAKNAD)).isInstanceOf(InvalidInputException.class);
        if (!codeLists.allValues(CodeLists.EXIT_REASON).containsKey("EGEN_FORETAGARE")) {
            codeLists.add(CodeLists.EXIT_REASON, "EGEN_FORETAGARE", "Startat eget företag", 15,
                    ExitGroup.ARBETE_STUDIER_ARBETSSOKANDE);
        }
        assertThat(codeLists.exitGroups()).containsEntry("EGEN_FORETAGARE", ExitGroup.ARBETE_STUDIER_ARBETSSOKANDE)
                .containsEntry(ExitReasons.FELREGISTRERING, ExitGroup.EJ_RAKNAD)
                .containsEntry(ExitReasons.SJUKDOM, ExitGroup.SJUKDOM);
        // A year no other test registers in (the tests share one database).
        long programmeId = newProgramme("Egen orsak", ProgrammeKind.INDIVIDUAL, 10, LocalDate.of(2010, 1, 1));
        String coordinator = newCoordinator("Orsak Samordnare", programmeId)[0];
        String staff = newStaff("Orsak Personal", programmeId)[0];
        Enrolment own = enrol(programmeId, staff, 40, Kon.MAN, LocalDate.of(2011, 3, 1), "GYMNASIUM",
                Set.of("A_KASSA"), 2, null);
        exitOn(own, LocalDate.of(2011, 9, 1), Set.of("EGEN_FORETAGARE"));
        loginAs(coordinator, Role.SAMORDNARE);
        Distribution reasons = statistics.statistics(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), false)
                .distributions().stream().filter(d -> d.title().equals("Avslutsorsak")).findFirst().orElseThrow();
        assertThat(reasons.men()).isEqualTo(1);
        assertThat(reasons.rows()).contains(new Distribution.Row(ExitGroup.ARBETE_STUDIER_ARBETSSOKANDE.name(), 0, 1));
    }
}
