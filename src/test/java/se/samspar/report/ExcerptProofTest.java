package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;
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
import se.samspar.base.Role;
import se.samspar.codelist.CodeListService;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.ExitGroup;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.programme.PlaceAllocation;
import se.samspar.programme.PlaceKind;
import se.samspar.programme.ProgrammeKind;
import se.samspar.session.Attendance;
import se.samspar.session.AttendanceService;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SeriesPlan;
import se.samspar.session.SessionDraft;

/**
 * The proof of issue 18 for the two excerpts the first proof did not cover: Hälsoskolan's report
 * for August 2017 – May 2018 (four groups) and Hikikomori's final report 2016–2018 with its
 * analysis of support at start against the outcome. The populations are registered through the
 * services as the excerpts describe them, and every figure of the excerpt is looked for in the
 * PDF's text. Where an excerpt contradicts itself, the comment says which figure is followed.
 */
class ExcerptProofTest extends ReportTestSupport {

    @Autowired
    GroupService groups;
    @Autowired
    AttendanceService attendance;
    @Autowired
    CodeListService codeLists;
    @Autowired
    se.samspar.programme.ProgrammeService programmeService;

    private record Spec(String name, LocalDate first, DayOfWeek day, String language, int women, int men,
                        int invitedOnly, int droppedBeforeLast) {
    }

    /**
     * The four groups as the excerpt gives them. The third group's invitations are not given: 13,
     * all of whom came. The excerpt says the spring's two groups were "25 personer", but 13 + 13 = 26
     * started: the test follows the groups' own figures (and the autumn's 13 + 12 = 25 agrees).
     */
    @Test
    void halsoskolans_four_groups_of_august_2017_to_may_2018_come_out_of_the_attendance() throws IOException {
        long programmeId = newProgramme("Hälsoskolan", ProgrammeKind.INDIVIDUAL, 60, LocalDate.of(2016, 1, 1));
        String coordinator = newCoordinator("Souraya Antabi", programmeId)[0];
        long leader = userId(coordinator);
        String staff = newStaff("Hälsa Personal", programmeId)[0];
        List<Spec> specs = List.of(
                new Spec("Hälsoskolan grupp 1", LocalDate.of(2017, 9, 21), DayOfWeek.THURSDAY, "arabiska", 12, 1, 7, 0),
                new Spec("Hälsoskolan grupp 2", LocalDate.of(2017, 11, 7), DayOfWeek.TUESDAY, "somaliska", 12, 0, 1, 3),
                new Spec("Hälsoskolan grupp 3", LocalDate.of(2018, 2, 5), DayOfWeek.MONDAY, "arabiska", 12, 1, 0, 0),
                new Spec("Hälsoskolan grupp 4", LocalDate.of(2018, 4, 4), DayOfWeek.WEDNESDAY, "dari", 9, 4, 4, 2));
        List<String> themes = List.of("Introduktion|Syfte, presentation, grundläggande principerna och enkät",
                "Sjuksköterska|Vårdguiden, egenvård, sjukvårdssystemet, näringslära",
                "Sjukgymnast|Samband mellan fysisk och psykisk hälsa kopplat till motion",
                "Sjuksköterska|Hur fungerar kroppen, vanliga sjukdomar för målgruppen",
                "Samtalsterapeut|Stress och stresshantering i samband med flyktingskap",
                "Barnmorska|Sexuell hälsa, preventivmedel", "Tandhygienist|Tand- och munhälsa");
        int born = 0;
        for (Spec spec : specs) {
            List<Long> came = new ArrayList<>();
            List<Long> members = new ArrayList<>();
            int persons = spec.women() + spec.men() + spec.invitedOnly();
            for (int i = 0; i < persons; i++) {
                Kon kon = i < spec.women() ? Kon.KVINNA : i < spec.women() + spec.men() ? Kon.MAN : Kon.KVINNA;
                long id = enrolBorn(programmeId, staff, LocalDate.of(1975, 1, 1).plusDays(37L * born++), kon,
                        spec.first(), "GRUNDSKOLA", Set.of("ETABLERING_ANNAN"), 1).getId();
                members.add(id);
                if (i < spec.women() + spec.men()) {
                    came.add(id);
                }
            }
            loginAs(coordinator, Role.SAMORDNARE);
            Group group = groups.createGroup(new GroupDraft(programmeId, spec.name(), spec.first(),
                    spec.first().plusWeeks(7), Set.of(leader), null, spec.language(), null, 20, false, null));
            for (long m : members) {
                groups.addMember(group.getId(), m, spec.first());
            }
            List<GroupSession> sessions = groups.generateSeries(group.getId(), SeriesPlan.passes(spec.first(), 7,
                    Set.of(spec.day()), LocalTime.of(13, 0), LocalTime.of(16, 0), null, false), null);
            for (int s = 0; s < sessions.size(); s++) {
                GroupSession session = sessions.get(s);
                String[] theme = themes.get(s).split("\\|");
                groups.updateSession(session.getId(), session.getVersion(), new SessionDraft(session.getDate(),
                        session.getStart(), session.getEnd(), theme[1], theme[0].equals("Introduktion") ? null : theme[0],
                        null, null, Set.of(leader), false), null);
                for (int m = 0; m < came.size(); m++) {
                    boolean dropped = m >= came.size() - spec.droppedBeforeLast() && s >= 4;
                    attendance.mark(session.getId(), came.get(m), dropped ? Attendance.FRANVARANDE : Attendance.NARVARANDE);
                }
            }
        }
        ReportDraft draft = reports.createDraft(programmeId, ReportKind.HELAR, LocalDate.of(2017, 8, 1),
                LocalDate.of(2018, 5, 31));
        DraftContent c = draft.content();
        draft = reports.saveDraft(draft.getId(), draft.getVersion(), new DraftContent(c.kind(), c.from(), c.to(), false,
                new DraftContent.Texts("Hälsoskolan är en förrehabiliteringsinsats för nyanlända.", null, null,
                        "I stort sett så var det en bra närvaro.", null, null), List.of(), "Vänersborg",
                LocalDate.of(2018, 6, 13), "Souraya Antabi"));
        byte[] pdf = reports.preview(draft.getId(), false);
        String text = squeeze(ReportPdfTest.text(pdf));
        Files.write(Path.of("target", "proof-halsoskolan-2017-2018.pdf"), pdf);
        assertThat(text).contains(squeezed("HÄLSOSKOLAN", "AUGUSTI 2017 – MAJ 2018", "Gruppverksamheten",
                "Under perioden har 4 grupper träffats med totalt 51 deltagare som startade",
                // Group 1: 20 invited, 13 came (12 women, 1 man).
                "Hälsoskolan grupp 1 arabiska 2017-09-21 – 2017-11-02 (7) 20 13 13 13",
                "Hälsoskolan grupp 1: 13 deltog, 12 kvinnor och 1 man.",
                // Group 2: 13 invited, 12 started, all women; nine at the last meeting.
                "Hälsoskolan grupp 2 somaliska 2017-11-07 – 2017-12-19 (7) 13 12 12 9",
                "Hälsoskolan grupp 2: 12 deltog, 12 kvinnor och 0 män.",
                // Group 3: 12 women and 1 man.
                "Hälsoskolan grupp 3: 13 deltog, 12 kvinnor och 1 man.",
                // Group 4: 17 invited, 13 came to the first meeting, 4 men and 9 women.
                "Hälsoskolan grupp 4 dari 2018-04-04 – 2018-05-16 (7) 17 13 13 11",
                "Hälsoskolan grupp 4: 13 deltog, 9 kvinnor och 4 män.",
                // Seven sessions, each with its theme and specialist, the same in every group.
                "Tillfällen och teman, lika i alla grupper:", "1. Syfte, presentation, grundläggande principerna och enkät",
                "2. Sjuksköterska – Vårdguiden, egenvård, sjukvårdssystemet, näringslära",
                "3. Sjukgymnast – Samband mellan fysisk och psykisk hälsa kopplat till motion",
                "5. Samtalsterapeut – Stress och stresshantering", "6. Barnmorska – Sexuell hälsa",
                "7. Tandhygienist – Tand- och munhälsa",
                "I stort sett så var det en bra närvaro.", "Vänersborg 2018-06-13", "Souraya Antabi"));
    }

    /**
     * Hikikomori 2016–2018: 40 persons (18 women, 22 men), 16 exited. The excerpt's summary says
     * "3 personer fått arbete … 31 %", but its analysis of support at start names two who left for
     * work (a man with aktivitetsersättning who moved, and the woman with försörjningsstöd) and a man
     * without public support who "har fått arbete men är kvar i insatsen": he is still active, so
     * the test follows the analysis: 2 to work and 2 to studies of 16, 25 %. The fifth move the exit
     * list counts ("5 personer flyttade … två av dessa hade fått arbete") is the woman with
     * försörjningsstöd, who moved and got work, which makes both lists agree. Shares are whole per
     * cent rounded half up: 29 of 40 is 72.5, printed "73 %" where the excerpt truncates to 72 %;
     * 1 of 29 reads "3 %" (the excerpt's "3,5 %"). The "27 %" SUS:ade is the old national register's
     * share, not a figure of this register, where all 40 are registered with personal data.
     */
    @Test
    void hikikomoris_final_report_2016_to_2018_with_support_at_start_against_outcome() throws IOException {
        long programmeId = newProgramme("Hikikomori", ProgrammeKind.INDIVIDUAL, 10, LocalDate.of(2016, 1, 1));
        loginAs("test-admin", Role.ADMIN);
        // From March 2017: 15 active places; 5 "utslussning" places throughout.
        PlaceAllocation first = programmeService.places(programmeId).getFirst();
        first.setValidTo(LocalDate.of(2017, 2, 28));
        programmeService.savePlaces(first);
        PlaceAllocation more = new PlaceAllocation(programmeService.get(programmeId));
        more.setKind(PlaceKind.BUDGETED);
        more.setPlaces(15);
        more.setValidFrom(LocalDate.of(2017, 3, 1));
        programmeService.savePlaces(more);
        PlaceAllocation out = new PlaceAllocation(programmeService.get(programmeId));
        out.setKind(PlaceKind.OTHER);
        out.setLabel("Utslussning");
        out.setPlaces(5);
        out.setValidFrom(LocalDate.of(2016, 1, 1));
        programmeService.savePlaces(out);
        // The förbund's own exit reason for those who passed the age limit, counted as "Övrigt" by the board.
        if (!codeLists.allValues(CodeLists.EXIT_REASON).containsKey("PASSERAT_ALDERSGRANS")) {
            codeLists.add(CodeLists.EXIT_REASON, "PASSERAT_ALDERSGRANS", "Passerat åldersgränsen", 85,
                    ExitGroup.OVRIGT);
        }
        String coordinator = newCoordinator("Alexandra Willmer", programmeId)[0];
        String staff = newStaff("Hikikomori Personal", programmeId)[0];

        List<Object[]> exits = new ArrayList<>();
        String ae = "AKTIVITETSERSATTNING";
        // Aktivitetsersättning, men (16): 8 remain, 2 passed 30, 1 studies, 3 chose to end, 2 moved (one with work).
        person(exits, programmeId, staff, Kon.MAN, ae, 8, null);
        person(exits, programmeId, staff, Kon.MAN, ae, 2, Set.of("PASSERAT_ALDERSGRANS"));
        person(exits, programmeId, staff, Kon.MAN, ae, 1, Set.of(ExitReasons.STUDIER));
        person(exits, programmeId, staff, Kon.MAN, ae, 3, Set.of(ExitReasons.UTAN_MATNING));
        person(exits, programmeId, staff, Kon.MAN, ae, 1, Set.of(ExitReasons.FLYTT));
        person(exits, programmeId, staff, Kon.MAN, ae, 1, Set.of(ExitReasons.FLYTT, ExitReasons.ARBETE));
        // Aktivitetsersättning, women (13): 7 remain, 2 to psychiatric day care, 1 chose to end, 1 studies,
        // 1 moved, 1 passed 30.
        person(exits, programmeId, staff, Kon.KVINNA, ae, 7, null);
        person(exits, programmeId, staff, Kon.KVINNA, ae, 2, Set.of(ExitReasons.FORTSATT_REHABILITERING));
        person(exits, programmeId, staff, Kon.KVINNA, ae, 1, Set.of(ExitReasons.UTAN_MATNING));
        person(exits, programmeId, staff, Kon.KVINNA, ae, 1, Set.of(ExitReasons.STUDIER));
        person(exits, programmeId, staff, Kon.KVINNA, ae, 1, Set.of(ExitReasons.FLYTT));
        person(exits, programmeId, staff, Kon.KVINNA, ae, 1, Set.of("PASSERAT_ALDERSGRANS"));
        // Försörjningsstöd (3): the men remain, the woman left for unsubsidised work (in another town).
        person(exits, programmeId, staff, Kon.MAN, "FORSORJNINGSSTOD", 2, null);
        person(exits, programmeId, staff, Kon.KVINNA, "FORSORJNINGSSTOD", 1, Set.of(ExitReasons.ARBETE, ExitReasons.FLYTT));
        // No public support (8, 4 women and 4 men): 7 remain, one woman moved.
        person(exits, programmeId, staff, Kon.MAN, "INGEN", 4, null);
        person(exits, programmeId, staff, Kon.KVINNA, "INGEN", 3, null);
        person(exits, programmeId, staff, Kon.KVINNA, "INGEN", 1, Set.of(ExitReasons.FLYTT));
        loginAs(staff, Role.PERSONAL);
        for (Object[] e : exits) {
            Enrolment enrolment = (Enrolment) e[0];
            // Everyone who exited stayed 18 months: "den genomsnittliga inskrivningstiden … 18 månader".
            exitOn(enrolment, enrolment.getStartDate().plusMonths(18), reasons(e[1]));
        }

        loginAs(coordinator, Role.SAMORDNARE);
        byte[] pdf = reports.generate(programmeId, ReportKind.SLUTRAPPORT, LocalDate.of(2016, 1, 1),
                LocalDate.of(2018, 12, 31), false, false);
        Files.write(Path.of("target", "proof-hikikomori-2016-2018.pdf"), pdf);
        String text = squeeze(ReportPdfTest.text(pdf));
        assertThat(text).contains(squeezed("HIKIKOMORI", "JANUARI 2016 – DECEMBER 2018", "Slutrapport",
                "plats för 15 aktuella deltagare, 5 platser för utslussning (vid periodens början 10 aktuella deltagare)",
                "Aktiva under perioden: 40 inskrivningar (40 personer: 18 kvinnor och 22 män)",
                "Av 16 avslutade deltagare har 2 gått till arbete", "och 2 till studier",
                "Arbete eller studier: 4 = 25 %",
                "i genomsnitt", "(18 månader)",
                "Passerat åldersgränsen 3", "Utan mätning 4", "Flytt 5", "Studier 2", "Fortsatt rehabilitering 2",
                "Arbete 2",
                "Försörjning vid start och utfall",
                "Av de 40 personer som varit aktuella under perioden är 18 (45 %) kvinnor och 22 (55 %) män",
                // Aktivitetsersättning: 29 (13 women, 16 men); 15 remain (7 women, 8 men).
                "Aktivitetsersättning 29 13/16 1 2 0 11 15",
                "29 deltagare (73 %) hade aktivitetsersättning när de startade, 13 kvinnor och 16 män.",
                "Kvar i insatsen: 15 (7 kvinnor och 8 män).",
                "har 1 (3 %) gått till arbete och 2 (7 %) till studier.",
                "Av de 14 avslutade har 21 % gått till egen försörjning",
                // Försörjningsstöd: 3, 1 woman and 2 men; the woman to work; 100 % of the exited.
                "3 deltagare (8 %) hade försörjningsstöd när de startade, 1 kvinna och 2 män.",
                "har 1 (33 %) gått till arbete", "Av de 1 avslutade har 100 % gått till egen försörjning",
                // No public support: 8, 4 and 4; 7 remain; the one who exited moved: 0 %.
                "8 deltagare (20 %) hade ingen offentlig försörjning när de startade, 4 kvinnor och 4 män.",
                "Kvar i insatsen: 7 (3 kvinnor och 4 män).", "Av de 1 avslutade har 0 % gått till egen försörjning"));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> reasons(Object o) {
        return (Set<String>) o;
    }

    private int born = 0;

    /** Some persons with one kind of support at start, starting 2016–2017 at 18–27 years; exits to be made. */
    private void person(List<Object[]> exits, long programmeId, String staff, Kon kon, String support, int count,
                        Set<String> reasons) {
        for (int i = 0; i < count; i++) {
            int n = born++;
            LocalDate start = LocalDate.of(2016, 3, 1).plusDays(11L * n);
            // Those who passed the age limit turn 30 before their exit 18 months after the start.
            LocalDate birth = reasons != null && reasons.contains("PASSERAT_ALDERSGRANS")
                    ? start.minusYears(29).minusDays(30L + n) : start.minusYears(18 + n % 10).minusDays(n);
            Enrolment e = enrolBorn(programmeId, staff, birth, kon, start, "GRUNDSKOLA", Set.of(support), 3);
            if (reasons != null) {
                exits.add(new Object[] {e, reasons});
            }
        }
    }
}
