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
import org.springframework.security.access.AccessDeniedException;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;
import se.samspar.questionnaire.Answer;
import se.samspar.questionnaire.Purpose;
import se.samspar.questionnaire.QuestionnaireFigures;
import se.samspar.questionnaire.QuestionnaireService;
import se.samspar.session.Attendance;
import se.samspar.session.AttendanceService;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SeriesPlan;

/**
 * The proof of issue 7: the registrations behind two real reports are made through the services,
 * and the text of the generated PDF carries the reports' figures. Also publishing and the archive.
 */
class ReportProofTest extends ReportTestSupport {

    private static final LocalDate LATE_START = LocalDate.of(2018, 11, 5);

    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    GroupService groups;
    @Autowired
    AttendanceService attendance;

    @Test
    void the_forrehabilitering_report_of_october_to_december_2018_comes_out_of_the_registrations() throws IOException {
        long programmeId = newProgramme("Förrehabilitering", ProgrammeKind.INDIVIDUAL, 12);
        String coordinator = newCoordinator("Caroline Beckman", programmeId)[0];
        String staff = newStaff("Team Personal", programmeId)[0];
        record Row(Kon kon, int age, String education, int years, Set<String> support, String reason) {
        }
        List<Row> nine = List.of(
                new Row(Kon.KVINNA, 23, "GRUNDSKOLA", 3, Set.of("FORSORJNINGSSTOD", "AKTIVITETSSTOD"), ExitReasons.SJUKDOM),
                new Row(Kon.KVINNA, 27, "GRUNDSKOLA", 4, Set.of("AKTIVITETSERSATTNING"), ExitReasons.SJUKDOM),
                new Row(Kon.KVINNA, 31, "GRUNDSKOLA", 5, Set.of("AKTIVITETSERSATTNING", "AKTIVITETSSTOD"),
                        ExitReasons.SJUKDOM),
                new Row(Kon.KVINNA, 35, "GYMNASIUM", 5, Set.of("SJUKPENNING"), ExitReasons.FORTSATT_REHABILITERING),
                new Row(Kon.KVINNA, 40, "HOGSKOLA", 6, Set.of("SJUKPENNING"), ExitReasons.FORTSATT_REHABILITERING),
                new Row(Kon.MAN, 44, "HOGSKOLA", 10, Set.of("FORSORJNINGSSTOD"), ExitReasons.FORTSATT_REHABILITERING),
                new Row(Kon.MAN, 46, "GRUNDSKOLA", 12, Set.of("A_KASSA"), ExitReasons.FORTSATT_REHABILITERING),
                new Row(Kon.MAN, 50, "GRUNDSKOLA", 15, Set.of("FORSORJNINGSSTOD", "AKTIVITETSSTOD"),
                        ExitReasons.FORTSATT_REHABILITERING),
                new Row(Kon.MAN, 56, "GRUNDSKOLA", 20, Set.of(), ExitReasons.UTAN_MATNING));
        List<Enrolment> exited = new ArrayList<>();
        for (Row r : nine) {
            exited.add(enrol(programmeId, staff, r.age(), r.kon(), START, r.education(), r.support(), r.years(), null));
        }
        // Four more start in November and go on into 2019; the thirteenth start is over the 12 budgeted places.
        for (int i = 0; i < 4; i++) {
            enrol(programmeId, staff, 30 + i, Kon.MAN, LATE_START, "GYMNASIUM", Set.of("A_KASSA"), 2,
                    i == 3 ? "Orimligt att vänta till nästa start" : null);
        }
        loginAs(staff, Role.PERSONAL);
        for (int i = 0; i < nine.size(); i++) {
            exit(exited.get(i), nine.get(i).reason(), false);
        }
        // Eight of the nine answered the exit questionnaire: scope 5,9, readiness 4,6, respect 5,3.
        int[] scope = {6, 6, 6, 6, 6, 6, 6, 5};
        int[] ready = {6, 6, 5, 5, 4, 4, 4, 3};
        int[] respect = {6, 6, 6, 5, 5, 5, 5, 4};
        long templateId = questionnaires.template(programmeId, Purpose.EXIT).id();
        for (int i = 0; i < 8; i++) {
            questionnaires.answer(exited.get(i).getId(), Purpose.EXIT, null, templateId, List.of(new Answer(scope[i], null),
                    new Answer(ready[i], i == 0 ? "Känner mig mer redo och motiverad att ta nästa steg" : null),
                    new Answer(respect[i], null),
                    new Answer(null, i == 1 ? "Inte för mycket press, en frizon från AF och FK" : null),
                    Answer.NONE, Answer.NONE), false);
        }

        loginAs(coordinator, Role.SAMORDNARE);
        ReportDraft draft = reports.createDraft(programmeId, ReportKind.DELAR, LocalDate.of(2018, 10, 1),
                LocalDate.of(2018, 12, 31));
        List<String> quotable = reports.quotable(programmeId, draft.getFrom(), draft.getTo()).stream()
                .flatMap(t -> t.answers().stream()).toList();
        assertThat(quotable).contains("Känner mig mer redo och motiverad att ta nästa steg",
                "Inte för mycket press, en frizon från AF och FK");
        DraftContent content = draft.content();
        draft = reports.saveDraft(draft.getId(), draft.getVersion(), new DraftContent(content.kind(), content.from(),
                content.to(), false, new DraftContent.Texts("Förrehabilitering är en förberedande insats.",
                null, "Vi har tagit fram innehåll och material till 24 pass.", null, null, null),
                List.of(quotable.getFirst()), "Vänersborg", LocalDate.of(2019, 1, 11), "Caroline Beckman, samordnare"));

        byte[] pdf = reports.preview(draft.getId(), false);
        String text = squeeze(ReportPdfTest.text(pdf));
        assertThat(text).contains(squeezed("FÖRREHABILITERING", "OKTOBER – DECEMBER 2018",
                "Under perioden har 13 deltagare startat och 9 deltagare avslutat",
                "1 start utöver de budgeterade platserna", "5 kvinnor och 4 män", "åldersspannet 23–56 år",
                "–29 år 30–44 år 45–59 år 60– år", "2 4 3 0", "snittet 4,6 år",
                "I programmet finns plats för 12 aktuella deltagare",
                "Grundskola eller kortare 6", "Gymnasium 1", "Eftergymnasial: högskola 2",
                "Försörjningsstöd 3", "Sjukpenning/rehabiliteringspenning 2", "A-kassa 1", "Aktivitetsersättning 2",
                "Aktivitetsstöd 3", "antalet ersättningar (11) överstiga totalsumman för målgruppen (9)",
                "4 deltagare har haft offentlig försörjning i 9 år eller mer",
                "Sjukdom 3", "Fortsatt rehabilitering 5", "Utan mätning 1",
                "har 8 deltagare fyllt i en avslutsenkät",
                "Omfattningen har varit bra (antal veckor och tillfällen) 8 5,9",
                "Jag känner mig mer redo att ta nästa steg 8 4,6", "Jag har blivit bemött med respekt 8 5,3",
                "”" + quotable.getFirst() + "”", "Metodutveckling", "24 pass", "Vänersborg 2019-01-11",
                "Samordningsförbundet"));
        Files.write(Path.of("target", "proof-forrehabilitering-2018.pdf"), pdf);

        // Publishing stores the board's version once; the same draft again is refused, a corrected one is version 2.
        PublishedReport v1 = reports.publish(draft.getId(), draft.getVersion());
        ReportDraft afterPublish = reports.draft(draft.getId());
        assertThatThrownBy(() -> reports.publish(afterPublish.getId(), afterPublish.getVersion()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.published-already"));
        // Saving the same text again (as the page does before publishing) is no change: still refused.
        ReportDraft resaved = reports.saveDraft(afterPublish.getId(), afterPublish.getVersion(), afterPublish.content());
        assertThat(resaved.isChangedSincePublish()).isFalse();
        assertThatThrownBy(() -> reports.publish(resaved.getId(), resaved.getVersion()))
                .isInstanceOf(InvalidInputException.class);
        DraftContent old = resaved.content();
        ReportDraft corrected = reports.saveDraft(resaved.getId(), resaved.getVersion(), new DraftContent(old.kind(),
                old.from(), old.to(), old.comparePrevious(), old.texts(), old.quotes(), old.place(), old.signedOn(),
                "Caroline Beckman, samordnare (rättad)"));
        PublishedReport v2 = reports.publish(corrected.getId(), corrected.getVersion());
        assertThat(List.of(v1.getVersionNo(), v2.getVersionNo())).containsExactly(1, 2);

        // The board sees only the archive: both versions, the stored bytes matching their SHA-256.
        loginAs("styrelse-" + System.nanoTime(), Role.STYRELSE);
        List<ReportService.ArchiveEntry> archive = reports.archive(2018, programmeId);
        assertThat(archive).extracting(ReportService.ArchiveEntry::version).containsExactly(2, 1);
        assertThat(archive.getFirst().authorName()).isEqualTo("Caroline Beckman");
        ReportService.ArchivedPdf stored = reports.archivedPdf(v1.getId());
        assertThat(se.samspar.base.Sha256.hex(stored.pdf())).isEqualTo(v1.getSha256()).isEqualTo(archive.get(1).sha256());
        assertThat(squeeze(ReportPdfTest.text(stored.pdf()))).contains(squeezed("styrelsens version",
                "Fortsatt rehabilitering 5", "Övriga 4")).doesNotContain(squeezed("Utan mätning", "Sjukdom"));
        assertThat(reports.archive(2017, programmeId)).isEmpty();
        assertThatThrownBy(() -> reports.figures(programmeId, LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31),
                false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_halsoskolan_group_of_autumn_2018_comes_out_of_the_attendance() throws IOException {
        long programmeId = newProgramme("Hälsoskolan", ProgrammeKind.INDIVIDUAL, 12);
        String[] coordinator = newCoordinator("Sara Projektledare", programmeId);
        long coordinatorId = userId(coordinator[0]);
        String staff = newStaff("Hälsa Personal", programmeId)[0];
        LocalDate monday = LocalDate.of(2018, 8, 13);
        // Twelve were invited: eight women and one man came, three never did.
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Kon kon = i < 8 || i >= 9 ? Kon.KVINNA : Kon.MAN;
            members.add(enrol(programmeId, staff, 25 + 2 * i, kon, monday, "GRUNDSKOLA", Set.of("AKTIVITETSSTOD"), 1,
                    null).getId());
        }
        loginAs(coordinator[0], Role.SAMORDNARE);
        Group group = groups.createGroup(new GroupDraft(programmeId, "Hälsoskolan hösten 2018", monday,
                LocalDate.of(2018, 10, 31), Set.of(coordinatorId), null, "arabiska", null, 12, false, null));
        for (long m : members) {
            groups.addMember(group.getId(), m, monday);
        }
        List<GroupSession> sessions = groups.generateSeries(group.getId(), SeriesPlan.passes(monday, 6,
                Set.of(DayOfWeek.MONDAY), LocalTime.of(13, 0), LocalTime.of(16, 0), null, false), null);
        // Each session has its theme and specialist, as the excerpt lists them.
        String[][] themes = {{null, "Introduktion – syfte, presentation, grundläggande principerna och enkät"},
                {"Sjuksköterska", "Vårdguiden, egenvård, sjukvårdssystemet, näringslära, patientavgifter"},
                {"Sjuksköterska", "Hur fungerar kroppen, vanliga sjukdomar för målgruppen"},
                {"Samtalsterapeut från Röda korset", "Stress och stresshantering i samband med flyktingskap"},
                {"Barnmorska", "Sexuell hälsa, preventivmedel, sexuellt överförbara sjukdomar, lagar"},
                {"Tandhygienist", "Tand- och munhälsa, förebyggande tandhälsa"}};
        for (int s = 0; s < sessions.size(); s++) {
            GroupSession session = sessions.get(s);
            sessions.set(s, groups.updateSession(session.getId(), session.getVersion(), new se.samspar.session.SessionDraft(
                    session.getDate(), session.getStart(), session.getEnd(), themes[s][1], themes[s][0], null, null,
                    Set.of(coordinatorId), false), null));
        }
        // Five of the nine who came were never absent; four missed one session each.
        for (int s = 0; s < sessions.size(); s++) {
            for (int m = 0; m < 12; m++) {
                boolean came = m < 9 && !(m >= 5 && s == m - 4);
                attendance.mark(sessions.get(s).getId(), members.get(m),
                        came ? Attendance.NARVARANDE : Attendance.FRANVARANDE);
            }
        }

        ReportDraft draft = reports.createDraft(programmeId, ReportKind.DELAR, LocalDate.of(2018, 8, 1),
                LocalDate.of(2018, 10, 31));
        DraftContent c = draft.content();
        draft = reports.saveDraft(draft.getId(), draft.getVersion(), new DraftContent(c.kind(), c.from(), c.to(), false,
                new DraftContent.Texts("Hälsoskolan är en förebyggande intervention för nyanlända.", null, null,
                        "I stort sett så var det en bra närvaro.", "Rekryteringen av deltagare.", null),
                List.of(), null, null, "Sara Al-Juboori"));
        byte[] pdf = reports.preview(draft.getId(), false);
        String text = squeeze(ReportPdfTest.text(pdf));
        assertThat(text).contains(squeezed("HÄLSOSKOLAN", "AUGUSTI – OKTOBER 2018", "Gruppverksamheten",
                "Grupp Språk Tillfällen Kallade Kom Startade Sista",
                "Hälsoskolan hösten 2018 arabiska 2018-08-13 – 2018-09-17 (6) 12 9 9 9",
                "9 deltog, 8 kvinnor och 1 man. 5 av 9 deltagare har ingen frånvaro.",
                "Under perioden har 1 grupp träffats med totalt 9 deltagare som startade.",
                "1. Introduktion – syfte, presentation, grundläggande principerna och enkät (2018-08-13)",
                "2. Sjuksköterska – Vårdguiden, egenvård, sjukvårdssystemet, näringslära, patientavgifter (2018-08-20)",
                "4. Samtalsterapeut från Röda korset – Stress och stresshantering i samband med flyktingskap",
                "5. Barnmorska – Sexuell hälsa", "6. Tandhygienist – Tand- och munhälsa, förebyggande tandhälsa (2018-09-17)",
                "I stort sett så var det en bra närvaro.", "Utmaningar och utvecklingsområden", "Sara Al-Juboori"));
        Files.write(Path.of("target", "proof-halsoskolan-2018.pdf"), pdf);
        QuestionnaireFigures.Figures none = reports.figures(programmeId, c.from(), c.to(), false).exitQuestionnaire();
        assertThat(none.answered()).isZero();
    }
}
