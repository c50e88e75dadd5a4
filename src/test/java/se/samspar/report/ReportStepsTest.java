package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspar.report.ReportPdfTest.squeeze;
import static se.samspar.report.ReportPdfTest.squeezed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspar.BoardPdfCheck;
import se.samspar.BoardPopulations;
import se.samspar.assessment.AssessmentFacts;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.questionnaire.QuestionnaireFigures;

/**
 * The Stegförflyttning section of the programme report, full and board version, from a
 * population written out by hand. H2 2018 (previous: H1 2018), dimensions Hälsa and Motivation;
 * change = exit − start.
 *
 * <pre>
 * #   who    reason          support  steps     Hälsa  Motiv.
 * 1   woman  ARBETE          AE       3→6 +3    +2     +1
 * 2   woman  STUDIER         FS       2→5 +3    +1     +2
 * 3   woman  SJUKDOM         FS       2→2  0     0     +1
 * 4   woman  FORTS. REHAB    AE       1→3 +2    +2     +1
 * 5   woman  AKT. ARB.SÖK.   FS       2→4 +2    +2     +1
 * 6   woman  FORTS. REHAB    SP       1→1  0    +1      0
 * 7   man    ARBETE          FS       4→7 +3    +2     +1
 * 8   man    FORTS. REHAB    AE       2→3 +1    +1      0
 * 9   man    SJUKDOM         FS       3→2 −1    −1     −1
 * 10  man    AKT. ARB.SÖK.   AE       2→4 +2    +2     +1
 * 11  man    FLYTT           FS       no start assessment
 * 12  anonymous woman, FORTS. REHAB, FS, 2→3 +1, +1, +1
 * previous half-year: 13 woman ARBETE 2→5 +3; 14 man SJUKDOM 2→2 0; 15 man FORTS. REHAB 3→4 +1
 * </pre>
 *
 * Exited 12 (3), assessed 11 (3); moved up 1, 2, 4, 5, 7, 8, 10, 12 = 8 (13, 15 = 2) = 73 % (67 %);
 * mean steps 16 / 11 = 1,45 → +1,5 (4 / 3 → +1,3). Not to work or studies (without 1, 2, 7):
 * 8 (2), up 4, 5, 8, 10, 12 = 5 (1) = 63 % (50 %), mean 7 / 8 = 0,875 → +0,9 (1 / 2 → +0,5).
 * Hälsa 13 / 11 → +1,2, Motivation 8 / 11 → +0,7; not to work or studies 8 / 8 → +1,0 and 4 / 8 → +0,5.
 * Women 6, up 4, 10 / 6 → +1,7; men 4, up 3, 5 / 4 → +1,3.
 */
class ReportStepsTest {

    static final Period H2 = new Period(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31));
    static final Map<String, String> DIMENSIONS = new LinkedHashMap<>(Map.of("HALSA", "Hälsa"));
    static final Map<String, String> LABELS = Map.of("FORSORJNINGSSTOD", "Försörjningsstöd", "AKTIVITETSERSATTNING",
            "Aktivitetsersättning", "SJUKPENNING", "Sjukpenning", "A_KASSA", "A-kassa", "AKTIVITETSSTOD",
            "Aktivitetsstöd", "INGEN", "Ingen offentlig försörjning", ExitReasons.FORTSATT_REHABILITERING,
            "Fortsatt rehabilitering", "GYMNASIUM", "Gymnasium", "HOGSKOLA", "Eftergymnasial utbildning",
            "GRUNDSKOLA", "Grundskola eller kortare");
    private static final String FOOTER = "Samordningsförbundet Vänersborg/Mellerud · org.nr 222000-2048";

    static {
        DIMENSIONS.put("MOTIVATION", "Motivation");
    }

    /** One enrolment of the table: the report's facts and the assessments' facts of the same enrolment. */
    private record Row(EnrolmentFacts enrolment, AssessmentFacts assessment) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    static {
        row(1, Kon.KVINNA, false, "2018-02-01", "2018-08-31", ExitReasons.ARBETE, "AKTIVITETSERSATTNING", 3, 6, 2, 4, 3, 4);
        row(2, Kon.KVINNA, false, "2018-03-01", "2018-09-30", ExitReasons.STUDIER, "FORSORJNINGSSTOD", 2, 5, 2, 3, 2, 4);
        row(3, Kon.KVINNA, false, "2017-10-01", "2018-10-31", ExitReasons.SJUKDOM, "FORSORJNINGSSTOD", 2, 2, 3, 3, 2, 3);
        row(4, Kon.KVINNA, false, "2018-05-01", "2018-11-15", ExitReasons.FORTSATT_REHABILITERING, "AKTIVITETSERSATTNING",
                1, 3, 1, 3, 2, 3);
        row(5, Kon.KVINNA, false, "2018-01-15", "2018-12-10", ExitReasons.AKTIVT_ARBETSSOKANDE, "FORSORJNINGSSTOD",
                2, 4, 2, 4, 3, 4);
        row(6, Kon.KVINNA, false, "2017-06-01", "2018-12-20", ExitReasons.FORTSATT_REHABILITERING, "SJUKPENNING",
                1, 1, 1, 2, 1, 1);
        row(7, Kon.MAN, false, "2018-04-01", "2018-09-15", ExitReasons.ARBETE, "FORSORJNINGSSTOD", 4, 7, 3, 5, 4, 5);
        row(8, Kon.MAN, false, "2018-02-01", "2018-10-15", ExitReasons.FORTSATT_REHABILITERING, "AKTIVITETSERSATTNING",
                2, 3, 2, 3, 2, 2);
        row(9, Kon.MAN, false, "2017-09-01", "2018-11-30", ExitReasons.SJUKDOM, "FORSORJNINGSSTOD", 3, 2, 3, 2, 3, 2);
        row(10, Kon.MAN, false, "2018-06-01", "2018-12-01", ExitReasons.AKTIVT_ARBETSSOKANDE, "AKTIVITETSERSATTNING",
                2, 4, 2, 4, 2, 3);
        row(11, Kon.MAN, false, "2018-03-01", "2018-12-15", ExitReasons.FLYTT, "FORSORJNINGSSTOD", 0, 0, 0, 0, 0, 0);
        row(12, Kon.KVINNA, true, "2018-01-10", "2018-11-01", ExitReasons.FORTSATT_REHABILITERING, "FORSORJNINGSSTOD",
                2, 3, 2, 3, 2, 3);
        row(13, Kon.KVINNA, false, "2017-10-01", "2018-04-30", ExitReasons.ARBETE, "FORSORJNINGSSTOD", 2, 5, 2, 4, 2, 4);
        row(14, Kon.MAN, false, "2017-11-01", "2018-05-31", ExitReasons.SJUKDOM, "AKTIVITETSERSATTNING", 2, 2, 2, 2, 2, 2);
        row(15, Kon.MAN, false, "2018-01-01", "2018-06-15", ExitReasons.FORTSATT_REHABILITERING, "FORSORJNINGSSTOD",
                3, 4, 3, 4, 3, 3);
    }

    /** A row; a start step of 0 means no start assessment. */
    private static void row(long id, Kon kon, boolean anonymous, String start, String end, String reason,
                            String support, int step0, int step1, int h0, int h1, int m0, int m1) {
        LocalDate from = LocalDate.parse(start);
        LocalDate to = LocalDate.parse(end);
        EnrolmentFacts e = new EnrolmentFacts(id, id, kon, 1985, LocalDate.of(1985, 1 + (int) (id % 12), 1), from, to,
                Set.of(reason), "GYMNASIUM", Set.of(support), 3, false, anonymous);
        List<AssessmentFacts.Assessment> assessments = new ArrayList<>();
        if (step0 > 0) {
            assessments.add(new AssessmentFacts.Assessment(from.plusDays(7), AssessmentFacts.Kind.START, step0,
                    Map.of("HALSA", h0, "MOTIVATION", m0)));
        }
        assessments.add(new AssessmentFacts.Assessment(to, AssessmentFacts.Kind.EXIT, step1 == 0 ? 3 : step1,
                Map.of("HALSA", h1 == 0 ? 3 : h1, "MOTIVATION", m1 == 0 ? 3 : m1)));
        ROWS.add(new Row(e, new AssessmentFacts(id, id, kon, anonymous, from, to, Set.of(reason), Set.of(support),
                assessments)));
    }

    static List<EnrolmentFacts> enrolments() {
        return ROWS.stream().map(Row::enrolment).toList();
    }

    static List<AssessmentFacts> assessments() {
        return ROWS.stream().map(Row::assessment).toList();
    }

    static ReportService.Figures figures(List<EnrolmentFacts> facts, List<AssessmentFacts> assessments, Period p,
                                         boolean compare, Map<String, String> dimensions) {
        ReportFigures.Layout layout = new ReportFigures.Layout(AgeBands.DEFAULT, UpperBands.NONE, UpperBands.NONE,
                BoardPopulations.EDUCATION, BoardPopulations.SUPPORT, BoardPopulations.REASONS);
        return BoardVersionTest.figures(facts, p, compare, layout)
                .withSteps(StepReport.of(assessments, p, compare, dimensions));
    }

    private static byte[] pdf(ReportService.Figures f, Optional<Integer> k) {
        DraftContent draft = new DraftContent(ReportKind.HELAR, f.period().from(), f.period().to(),
                f.previous().isPresent(), new DraftContent.Texts("Rehabilitering mot arbete eller studier.", null, null,
                null, null, null), List.of(), null, null, null);
        return ReportPdf.render(new ReportPdf.Input(f, draft, LABELS, FOOTER, k));
    }

    @Test
    void the_full_version_prints_the_assessed_the_share_who_moved_up_and_the_mean_changes() throws IOException {
        byte[] pdf = pdf(figures(enrolments(), assessments(), H2, true, DIMENSIONS), Optional.empty());
        Files.write(Path.of("target", "rapport-stegforflyttning-full.pdf"), pdf);
        String text = squeeze(ReportPdfTest.text(pdf));
        assertThat(text).contains(squeezed(
                "Stegförflyttning",
                "Av de deltagare som avslutats under perioden har 11 (3) bedömts både vid start och vid avslut "
                        + "(anonyma deltagare medräknade).",
                "Av dem har 8 (2) gått upp minst ett steg = 73 % (67 %), i genomsnitt +1,5 (+1,3) steg.",
                "Av de 8 (2) som inte gick till arbete eller studier har 5 (1) gått upp minst ett steg = 63 % (50 %), "
                        + "i genomsnitt +0,9 (+0,5) steg.",
                "Hälsa +1,2 (+1,0) +1,0 (+0,5)", "Motivation +0,7 (+0,7) +0,5 (0,0)",
                "Kvinnor 6 (1) 4 (1) 67 % (100 %) +1,7 (+3,0)", "Män 4 (2) 3 (1) 75 % (50 %) +1,3 (+0,5)"));
        // The section comes after Resultat and before the target group.
        assertThat(text.indexOf("Stegförflyttning")).isGreaterThan(text.indexOf("Resultat"))
                .isLessThan(text.indexOf("Målgruppsbeskrivning"));
    }

    @Test
    void the_board_version_prints_means_only_where_no_small_group_follows_from_them() throws IOException {
        ReportService.Figures f = figures(enrolments(), assessments(), H2, true, DIMENSIONS);
        byte[] pdf = pdf(f, Optional.of(3));
        Files.write(Path.of("target", "rapport-stegforflyttning-styrelsen.pdf"), pdf);
        BoardPdfCheck.check(pdf, BoardPopulations.exited(enrolments(), H2));
        String text = squeeze(ReportPdfTest.text(pdf));
        // The half-year before had three assessed, two of whom moved up: the one who did not would follow.
        assertThat(text).contains(squeezed(
                "har 11 (3) bedömts både vid start och vid avslut",
                "Av dem har 8 (x) gått upp minst ett steg = 73 % (–), i genomsnitt +1,5 (+1,3) steg.",
                "Av de 8 (x) som inte gick till arbete eller studier har 5 (x) gått upp minst ett steg = 63 % (–), "
                        + "i genomsnitt +0,9 (–) steg.",
                "Hälsa +1,2 (+1,0) +1,0 (–)", "Motivation +0,7 (+0,7) +0,5 (–)"));
        // Two women and one man did not move up: their moved-up counts would give that away, and so would the
        // small groups of support and time; the board reads one line instead of a table of marks.
        assertThat(text).contains(squeezed("Per grupp, alla bedömda Redovisas inte: färre än 3 personer i flera "
                + "grupper."));
        // With one anonymous assessed the kön's means would give her change away (the total less women and men).
        assertThat(text).doesNotContain(squeezed("+1,7"));
        byte[] alone = pdf(figures(enrolments(), assessments(), H2, false, DIMENSIONS), Optional.of(3));
        assertThat(squeeze(ReportPdfTest.text(alone))).contains(squeezed(
                "har 11 bedömts både vid start och vid avslut",
                "Av dem har 8 gått upp minst ett steg = 73 %, i genomsnitt +1,5 steg.",
                "Av de 8 som inte gick till arbete eller studier har 5 gått upp minst ett steg = 63 %, i genomsnitt "
                        + "+0,9 steg."));
    }

    @Test
    void without_the_assessments_read_there_is_no_section() throws IOException {
        ReportService.Figures f = BoardVersionTest.figures(enrolments(), H2, true, ReportFigures.Layout.DEFAULT);
        assertThat(ReportPdfTest.text(pdf(f, Optional.empty()))).doesNotContain("Stegförflyttning");
    }

    @Test
    void a_programme_that_assesses_but_has_no_one_assessed_says_so() throws IOException {
        List<AssessmentFacts> none = assessments().stream().map(a -> new AssessmentFacts(a.enrolmentId(), a.personId(),
                a.kon(), a.anonymous(), a.startDate(), a.endDate(), a.exitReasons(), a.supportAtStart(), List.of()))
                .toList();
        ReportService.Figures f = figures(enrolments(), none, H2, false, DIMENSIONS);
        assertThat(squeeze(ReportPdfTest.text(pdf(f, Optional.of(3))))).contains(squeezed(
                "Av de deltagare som avslutats under perioden har 0 bedömts både vid start och vid avslut (anonyma "
                        + "deltagare medräknade). Under perioden finns alltså ingen bedömning att jämföra."));
    }

    @Test
    void the_renderings_for_the_docs() throws IOException {
        // A programme of 160 persons over 2018, its second half-year against the first, as the board reads it.
        List<EnrolmentFacts> forty = BoardPopulations.of(40, 160);
        ReportService.Figures f = figures(forty, BoardPopulations.assessments(40, forty), BoardPopulations.H2_2018, true,
                BoardPopulations.DIMENSIONS);
        byte[] board = pdf(f, Optional.of(3));
        BoardPdfCheck.check(board, BoardPopulations.exited(forty, BoardPopulations.H2_2018));
        Files.write(Path.of("target", "rapport-stegforflyttning-styrelsen-40.pdf"), board);
        byte[] full = pdf(f, Optional.empty());
        Files.write(Path.of("target", "rapport-stegforflyttning-full-40.pdf"), full);
        assertThat(ReportPdfTest.text(board)).contains("Stegförflyttning");
    }

    /**
     * The groups' tables print only for larger programmes (in small ones half their counts are
     * withheld): 30 random programmes of 60 to 200 persons, each board PDF read by {@link BoardPdfCheck},
     * most of them with a table printed.
     */
    @Test
    void no_board_version_of_a_larger_programme_prints_a_small_count_in_the_groups_tables() throws IOException {
        int tables = 0;
        for (long seed = 1; seed <= 30; seed++) {
            List<EnrolmentFacts> facts = BoardPopulations.of(500 + seed, 60 + (int) (seed * 47 % 141));
            ReportService.Figures f = figures(facts, BoardPopulations.assessments(seed, facts), BoardPopulations.H2_2018,
                    seed % 2 == 0, BoardPopulations.DIMENSIONS);
            byte[] pdf = pdf(f, Optional.of(3));
            try {
                BoardPdfCheck.check(pdf, BoardPopulations.exited(facts, BoardPopulations.H2_2018));
            } catch (AssertionError e) {
                Files.write(Path.of("target", "board-steps-leak-" + seed + ".pdf"), pdf);
                throw new AssertionError("Population " + seed + ": " + e.getMessage(), e);
            }
            tables += squeeze(ReportPdfTest.text(pdf)).contains("Andelupp") ? 1 : 0;
            differences(ReportCounts.of(f, 3), f.steps().now().orElseThrow());
        }
        assertThat(tables).as("populations with a groups' table printed").isGreaterThan(15);
    }

    /**
     * What subtraction gives back, checked apart from the model: no printed pair of assessed and
     * moved up leaves 1 or 2 who did not move up, no printed total, women and men leave 1 or 2
     * anonymous, no printed group of all and of those not to work or studies leaves 1 or 2 who went.
     */
    private static void differences(ReportCounts c, se.samspar.assessment.StepFigures.Figures f) {
        List<String> groups = new ArrayList<>(List.of("all"));
        groups.addAll(StepCounts.groups(c.stepSupport));
        for (String p : List.of(StepCounts.ALL, StepCounts.NOT_WORK_OR_STUDIES)) {
            for (String g : groups) {
                String n = StepCounts.key(p, g, "n");
                String up = StepCounts.key(p, g, "up");
                if (c.shown(n) && c.shown(up)) {
                    assertThat(c.value(n) - c.value(up)).as(n + " less " + up).isNotIn(1, 2);
                }
                String whole = StepCounts.key(StepCounts.ALL, g, "n");
                if (p.equals(StepCounts.NOT_WORK_OR_STUDIES) && c.shown(whole) && c.shown(n)) {
                    assertThat(c.value(whole) - c.value(n)).as(whole + " less " + n).isNotIn(1, 2);
                }
            }
            String total = StepCounts.key(p, "all", "n");
            String w = StepCounts.key(p, "w", "n");
            String m = StepCounts.key(p, "m", "n");
            if (c.shown(total) && c.shown(w) && c.shown(m)) {
                assertThat(c.value(total) - c.value(w) - c.value(m)).as("the anonymous of " + p).isNotIn(1, 2);
            }
        }
    }
}
