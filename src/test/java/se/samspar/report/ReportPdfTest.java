package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspar.enrolment.ExitReasons;
import se.samspar.questionnaire.Answer;
import se.samspar.questionnaire.Item;
import se.samspar.questionnaire.QuestionnaireFigures;

/** The PDF carries the figures of the förrehabilitering Oct–Dec 2018 report, in Swedish. */
class ReportPdfTest {

    private static final Period Q4_2018 = new Period(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31));
    private static final Map<String, String> LABELS = Map.of("GRUNDSKOLA", "Grundskola eller kortare",
            "GYMNASIUM", "Gymnasium", "HOGSKOLA", "Eftergymnasial: högskola", ExitReasons.SJUKDOM, "Sjukdom",
            ExitReasons.FORTSATT_REHABILITERING, "Fortsatt rehabilitering", ExitReasons.UTAN_MATNING, "Utan mätning",
            "FORSORJNINGSSTOD", "Försörjningsstöd", "AKTIVITETSSTOD", "Aktivitetsstöd");
    private static final String FOOTER = "Samordningsförbundet Väst · org.nr 000000-0000";

    static ReportService.Figures figures(List<EnrolmentFacts> facts, Period period, QuestionnaireFigures.Figures q) {
        return figures(facts, period, q, true, ReportFigures.Layout.DEFAULT);
    }

    static ReportService.Figures figures(List<EnrolmentFacts> facts, Period period, QuestionnaireFigures.Figures q,
                                         boolean compare, ReportFigures.Layout layout) {
        return new ReportService.Figures("Arbetsrehabteamet – förrehabilitering", period,
                new ReportFigures.Capacity(12, 0, 0), ReportFigures.of(facts, List.of(), period, 30, layout),
                compare ? Optional.of(ReportFigures.of(facts, List.of(), period.previous(), 30, layout)) : Optional.empty(),
                layout, q, QuestionnaireFigures.of(0, List.of(), false, 3), List.of(),
                SupportOutcome.of(facts, period, layout.support()));
    }

    /** Eight answers to "Omfattningen har varit bra" averaging 5,9 (47 / 8 = 5,875). */
    static QuestionnaireFigures.Figures questionnaire(boolean board) {
        List<Item> items = List.of(Item.scale("Omfattningen har varit bra"));
        List<QuestionnaireFigures.Response> responses = new ArrayList<>();
        for (int v : new int[] {6, 6, 6, 6, 6, 6, 6, 5}) {
            responses.add(new QuestionnaireFigures.Response(items, List.of(new Answer(v, null))));
        }
        return QuestionnaireFigures.of(9, responses, board, 5);
    }

    static String text(byte[] pdf) throws IOException {
        return se.samspar.PdfText.of(pdf);
    }

    /**
     * The extracted text without any spaces: table cells come out of the PDF without a space
     * between them, so "Sjukdom 3" is compared as "Sjukdom3".
     */
    static String[] squeezed(String... expected) {
        return java.util.Arrays.stream(expected).map(e -> e.replaceAll("\\s+", "")).toArray(String[]::new);
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static DraftContent draft(Period p) {
        return new DraftContent(ReportKind.DELAR, p.from(), p.to(), true, new DraftContent.Texts(
                "Förrehabilitering är en förberedande insats.", "Ingen gick till arbete, som väntat.", null, null,
                "Nya deltagare efter halva tiden.", null), List.of("Bra grupp, bra med olika lärare"),
                "Vänersborg", LocalDate.of(2019, 1, 11), "Caroline Beckman, samordnare");
    }

    @Test
    void the_report_pdf_carries_the_2018_figures_with_swedish_letters_and_numbers() throws IOException {
        byte[] pdf = ReportPdf.render(new ReportPdf.Input(figures(ReportFiguresTest.förrehab2018(), Q4_2018,
                questionnaire(false)), draft(Q4_2018), LABELS, FOOTER, Optional.empty()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = squeeze(text(pdf));
        assertThat(text).contains(squeezed("ARBETSREHABTEAMET – FÖRREHABILITERING", "OKTOBER – DECEMBER 2018",
                "Delårsrapport", "Syfte och mål/beskrivning av uppdraget", "Förrehabilitering är en förberedande insats.",
                "I programmet finns plats för 12 aktuella deltagare.",
                "Inom parentes efter varje antal: föregående period (juli – september 2018).",
                "Under perioden har 13 (0) deltagare startat och 9 (0) deltagare avslutat",
                "Av 9 (0) avslutade deltagare har 0 (0) gått till arbete", "= 0 %", "Ingen gick till arbete, som väntat.",
                "5 (0) kvinnor och 4 (0) män", "åldersspannet 23–56 år", "snittet 4,6 år",
                "4 (0) deltagare har haft offentlig försörjning i 9 år eller mer", "Grundskola eller kortare 6 (0)",
                "–29 år 30–44 år 45–59 år 60– år", "2 (0) 4 (0) 3 (0) 0 (0)",
                "Sjukdom 3 (0)", "Fortsatt rehabilitering 5 (0)", "Utan mätning 1 (0)",
                "antalet ersättningar (11 (0)) överstiga totalsumman för målgruppen (9 (0))",
                "har 8 deltagare fyllt i en avslutsenkät", "Omfattningen har varit bra 8 5,9",
                "”Bra grupp, bra med olika lärare”", "Utmaningar och utvecklingsområden",
                "Vänersborg 2019-01-11", "Caroline Beckman, samordnare", FOOTER, "Sida 1"));
        Files.write(Path.of("target", "report-forrehab-2018.pdf"), pdf);
    }

    @Test
    void the_boards_version_hides_counts_about_fewer_than_three_and_the_cell_that_would_give_them_away()
            throws IOException {
        byte[] pdf = ReportPdf.render(new ReportPdf.Input(figures(ReportFiguresTest.förrehab2018(), Q4_2018,
                questionnaire(true)), draft(Q4_2018), LABELS, FOOTER, Optional.of(3)));
        Files.write(Path.of("target", "report-forrehab-2018-styrelsen.pdf"), pdf);
        String text = squeeze(text(pdf));
        // Education 6 / 1 / 2: the two small rows are folded into "Övriga" (3), so the board reads a table, not marks.
        assertThat(text).contains(squeezed("styrelsens version", "Grundskola eller kortare 6 (0)", "Övriga 3 (0)",
                "5 (0) kvinnor och 4 (0) män", "Omfattningen har varit bra 8 5,9"));
        // Exit reasons 5 / 3 / 1 (one each): Sjukdom and Utan mätning folded; age bands 2 / 4 / 3 / 0 merged
        // into –44 / 45–59 / 60–, so no band holds fewer than three.
        assertThat(text).contains(squeezed("Fortsatt rehabilitering 5 (0)", "Övriga 4 (0)", "–44 år 45–59 år 60– år",
                "6 (0) 3 (0) 0 (0)", "åldersgrupperna –44 till 45–59 år", "<3 = 1 eller 2 personer"));
        // Support at start names several kinds for some: not a breakdown, so mostly withheld it is one line.
        assertThat(text).contains(squeezed("Redovisas inte: färre än 3 personer i flera slag av försörjning."));
        assertThat(text).doesNotContain(squeezed("Gymnasium", "Utan mätning", "Sjukdom", "23–56"));
    }

    @Test
    void a_period_without_participants_is_a_report_that_says_so() throws IOException {
        Period p = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30));
        String text = text(ReportPdf.render(new ReportPdf.Input(figures(List.of(), p,
                QuestionnaireFigures.of(0, List.of(), false, 5)), draft(p), Map.of(), "Förbundet", Optional.empty())));
        assertThat(text).contains("JANUARI – JUNI 2017", "Programmet hade inga deltagare under perioden.");
        assertThat(ReportPdf.periodText(new Period(LocalDate.of(2018, 10, 8), LocalDate.of(2018, 11, 30))))
                .isEqualTo("2018-10-08 – 2018-11-30");
        assertThat(ReportPdf.periodText(new Period(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31))))
                .isEqualTo("mars 2018");
    }
}
