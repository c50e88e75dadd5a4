package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspar.BoardPdfCheck;
import se.samspar.BoardPopulations;
import se.samspar.questionnaire.QuestionnaireFigures;

/**
 * The board's version of the programme report for populations the tests do not pick by hand:
 * 200 random programmes of 3 to 40 persons, each kind of report, with and without the previous
 * period, with the programme's own band tables, most with random assessments (stegförflyttning);
 * every PDF read by {@link BoardPdfCheck} against
 * the persons behind it. And the förrehabilitering excerpt's population and one of twelve
 * persons written to target/ for the renderings in docs/images.
 */
class BoardVersionTest {

    private static final ReportFigures.Layout BANDS = new ReportFigures.Layout(AgeBands.DEFAULT,
            new UpperBands(List.of(2, 4, 6, 8)), new UpperBands(List.of(3, 6, 9, 12)), BoardPopulations.EDUCATION,
            BoardPopulations.SUPPORT, BoardPopulations.REASONS);
    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> m = new HashMap<>(Map.of("GRUNDSKOLA", "Grundskola eller kortare", "GYMNASIUM", "Gymnasium",
                "HOGSKOLA", "Eftergymnasial utbildning", "FORSORJNINGSSTOD", "Försörjningsstöd", "SJUKPENNING",
                "Sjukpenning", "A_KASSA", "A-kassa", "AKTIVITETSERSATTNING", "Aktivitetsersättning", "AKTIVITETSSTOD",
                "Aktivitetsstöd", "INGEN", "Ingen offentlig försörjning"));
        m.putAll(Map.of("ARBETE", "Arbete", "STUDIER", "Studier", "AKTIVT_ARBETSSOKANDE", "Aktivt arbetssökande",
                "FORTSATT_REHABILITERING", "Fortsatt rehabilitering", "SJUKDOM", "Sjukdom", "FLYTT", "Flytt",
                "UTAN_MATNING", "Avslutad utan mätning"));
        return m;
    }

    static ReportService.Figures figures(List<EnrolmentFacts> facts, Period p, boolean compare,
                                         ReportFigures.Layout layout) {
        return new ReportService.Figures("Arbetsrehabteamet – rehabilitering", p, new ReportFigures.Capacity(12, 2, 1),
                ReportFigures.of(facts, List.of(), p, 30, layout),
                compare ? Optional.of(ReportFigures.of(facts, List.of(), p.previous(), 30, layout)) : Optional.empty(),
                layout, QuestionnaireFigures.of(0, List.of(), true, 3), QuestionnaireFigures.of(0, List.of(), true, 3),
                List.of(), SupportOutcome.of(facts, p, layout.support()));
    }

    static byte[] board(ReportService.Figures f, ReportKind kind) {
        DraftContent draft = new DraftContent(kind, f.period().from(), f.period().to(), f.previous().isPresent(),
                new DraftContent.Texts("Rehabilitering mot arbete eller studier.", null, null, null, null, null),
                List.of(), "Vänersborg", LocalDate.of(2019, 1, 11), "Samordnaren");
        return ReportPdf.render(new ReportPdf.Input(f, draft, LABELS,
                "Samordningsförbundet Vänersborg/Mellerud · org.nr 222000-2048", Optional.of(3)));
    }

    @Test
    void no_board_version_of_a_small_programme_prints_a_count_under_three_or_a_single_persons_value()
            throws IOException {
        ReportKind[] kinds = {ReportKind.DELAR, ReportKind.HELAR, ReportKind.SLUTRAPPORT};
        for (long seed = 1; seed <= 200; seed++) {
            int size = 3 + (int) (seed * 7 % 38);
            List<EnrolmentFacts> facts = BoardPopulations.of(seed, size);
            ReportFigures.Layout layout = seed % 2 == 0 ? BANDS : ReportFigures.Layout.DEFAULT;
            boolean compare = seed % 3 != 0;
            ReportService.Figures f = figures(facts, BoardPopulations.H2_2018, compare, layout);
            // Most with assessments (the Stegförflyttning section), some without.
            if (seed % 5 != 0) {
                f = f.withSteps(StepReport.of(BoardPopulations.assessments(seed, facts), BoardPopulations.H2_2018,
                        compare, BoardPopulations.DIMENSIONS));
            }
            byte[] pdf = board(f, kinds[(int) (seed % 3)]);
            try {
                BoardPdfCheck.check(pdf, BoardPopulations.exited(facts, BoardPopulations.H2_2018));
            } catch (AssertionError e) {
                Files.write(Path.of("target", "board-leak-" + seed + ".pdf"), pdf);
                throw new AssertionError("Population " + seed + " of " + size + " persons: " + e.getMessage(), e);
            }
        }
    }

    @Test
    void two_exited_are_not_described_and_comments_of_fewer_than_three_are_not_quoted() throws IOException {
        Period q4 = new Period(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31));
        List<EnrolmentFacts> two = new java.util.ArrayList<>(ReportFiguresTest.förrehab2018().subList(0, 2));
        two.addAll(ReportFiguresTest.förrehab2018().subList(9, 13));
        ReportService.Figures f = figures(two, q4, false, ReportFigures.Layout.DEFAULT);
        DraftContent draft = new DraftContent(ReportKind.DELAR, q4.from(), q4.to(), false, new DraftContent.Texts(
                "Förberedande insats.", null, null, null, null, null), List.of("Jag fick hjälp att komma vidare"),
                null, null, null);
        String board = se.samspar.PdfText.of(ReportPdf.render(new ReportPdf.Input(f, draft, LABELS, "Förbundet",
                Optional.of(3))));
        assertThat(board).contains("Färre än 3 deltagare har avslutats under perioden",
                "Kommentarer redovisas inte i styrelsens version när färre än 3 har svarat.")
                .doesNotContain("Könsfördelningen", "Grundskola", "Sjukdom", "Jag fick hjälp");
        String full = se.samspar.PdfText.of(ReportPdf.render(new ReportPdf.Input(f, draft, LABELS, "Förbundet",
                Optional.empty())));
        assertThat(full).contains("Könsfördelningen har under perioden varit 2 kvinnor och 0 män",
                "Jag fick hjälp att komma vidare");
    }

    @Test
    void the_renderings_of_the_board_versions_for_the_docs() throws IOException {
        Period q4 = new Period(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31));
        byte[] forrehab = board(figures(ReportFiguresTest.förrehab2018(), q4, true, ReportFigures.Layout.DEFAULT),
                ReportKind.DELAR);
        BoardPdfCheck.check(forrehab, BoardPopulations.exited(ReportFiguresTest.förrehab2018(), q4));
        Files.write(Path.of("target", "styrelsen-forrehabilitering-2018.pdf"), forrehab);
        List<EnrolmentFacts> twelve = BoardPopulations.of(12, 12);
        Period year = new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        byte[] small = board(figures(twelve, year, false, BANDS), ReportKind.HELAR);
        BoardPdfCheck.check(small, BoardPopulations.exited(twelve, year));
        Files.write(Path.of("target", "styrelsen-tolv-personer-2018.pdf"), small);
        assertThat(se.samspar.PdfText.of(small)).contains("styrelsens version", "Samordningsförbundet Vänersborg/Mellerud",
                "222000-2048", "Sida 1 av");
    }
}
