package se.samspar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspar.BoardPdfCheck;
import se.samspar.BoardPopulations;
import se.samspar.report.AgeBands;
import se.samspar.report.EnrolmentFacts;
import se.samspar.report.Period;

/**
 * The board's statistics for populations the tests do not pick by hand: 150 random förbund of one
 * to three small programmes, with and without the year before; every PDF read by
 * {@link BoardPdfCheck}. One of twelve persons is written to target/ for the docs' rendering.
 */
class BoardStatisticsTest {

    static StatisticsService.Statistics statistics(List<List<EnrolmentFacts>> programmes, Period p, boolean compare) {
        return statistics(programmes, p, compare, false);
    }

    /** With random assessments of each programme's enrolments (the Stegförflyttning table) when asked. */
    static StatisticsService.Statistics statistics(List<List<EnrolmentFacts>> programmes, Period p, boolean compare,
                                                   boolean steps) {
        List<ExitFact> exits = new ArrayList<>();
        List<EnrolmentFacts> all = new ArrayList<>();
        List<GenderStatistics.ProgrammeCount> counts = new ArrayList<>();
        for (int i = 0; i < programmes.size(); i++) {
            long programme = i;
            List<EnrolmentFacts> facts = programmes.get(i);
            all.addAll(facts);
            GenderStatistics.ProgrammeCount c = GenderStatistics.persons("Insats " + (char) ('A' + i), facts, p);
            if (c.total() > 0) {
                counts.add(c);
            }
            facts.stream().filter(EnrolmentFacts::named).filter(f -> f.exitedIn(p)).forEach(f -> exits.add(new ExitFact(
                    f.enrolmentId() + 1000 * programme, f.personId() + 1000 * programme, programme, f.kon(),
                    f.ageOn(f.endDate()), f.education(), f.yearsInSupport(), f.startDate(), f.endDate(), f.exitReasons(),
                    null, f.supportAtStart(), java.util.Set.of())));
        }
        int anonymous = (int) all.stream().filter(EnrolmentFacts::anonymous).filter(f -> f.exitedIn(p)).count();
        List<Distribution> d = List.of(GenderStatistics.ages(exits, AgeBands.DEFAULT),
                GenderStatistics.education(exits, BoardPopulations.EDUCATION), GenderStatistics.yearsInSupport(exits),
                GenderStatistics.timeInProgramme(exits), GenderStatistics.exitReasons(exits,
                        GenderStatisticsTest.DEFAULT_GROUPS),
                GenderStatistics.supportBefore(exits, BoardPopulations.SUPPORT));
        Optional<StatisticsService.Statistics> previous = compare ? Optional.of(statistics(programmes,
                new Period(p.from().minusYears(1), p.to().minusYears(1)), false, steps)) : Optional.empty();
        List<StatisticsService.StepRow> stepRows = new ArrayList<>();
        for (int i = 0; steps && i < programmes.size(); i++) {
            stepRows.add(StatisticsService.StepRow.of("Insats " + (char) ('A' + i), se.samspar.assessment.StepFigures.of(
                    BoardPopulations.assessments(i, programmes.get(i)), p.from(), p.to(),
                    List.copyOf(BoardPopulations.DIMENSIONS.keySet()))));
        }
        return new StatisticsService.Statistics(p, GenderStatistics.persons(exits), exits.size(), anonymous, d,
                GenderStatistics.flows(all, p), counts, List.of(), previous, stepRows);
    }

    private static byte[] board(StatisticsService.Statistics s) {
        return StatisticsPdf.render(s, Map.of("OKAND", "Uppgift saknas"),
                "Samordningsförbundet Vänersborg/Mellerud · org.nr 222000-2048", Optional.of(3), null);
    }

    @Test
    void no_board_statistics_of_small_programmes_print_a_count_under_three() throws IOException {
        for (long seed = 1; seed <= 150; seed++) {
            List<List<EnrolmentFacts>> programmes = new ArrayList<>();
            for (int i = 0; i <= seed % 3; i++) {
                programmes.add(BoardPopulations.of(seed * 10 + i, 3 + (int) ((seed + i) * 5 % 25)));
            }
            byte[] pdf = board(statistics(programmes, BoardPopulations.H2_2018, seed % 2 == 0, seed % 5 != 0));
            try {
                BoardPdfCheck.check(pdf);
            } catch (AssertionError e) {
                Files.write(Path.of("target", "board-statistics-leak-" + seed + ".pdf"), pdf);
                throw new AssertionError("Seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void the_rendering_of_twelve_persons_for_the_docs() throws IOException {
        Period year = new Period(java.time.LocalDate.of(2018, 1, 1), java.time.LocalDate.of(2018, 12, 31));
        byte[] pdf = board(statistics(List.of(BoardPopulations.of(12, 12)), year, false));
        Files.write(Path.of("target", "styrelsen-statistik-tolv-personer.pdf"), pdf);
        assertThat(se.samspar.PdfText.of(pdf)).contains("styrelsens version", "222000-2048");
    }

    @Test
    void the_stegforflyttning_table_per_programme_goes_through_the_same_disclosure_control() throws IOException {
        List<List<EnrolmentFacts>> three = List.of(BoardPopulations.of(41, 120), BoardPopulations.of(42, 90),
                BoardPopulations.of(43, 8));
        StatisticsService.Statistics s = statistics(three, BoardPopulations.H2_2018, true, true);
        byte[] pdf = board(s);
        Files.write(Path.of("target", "styrelsen-statistik-stegforflyttning.pdf"), pdf);
        String text = se.samspar.PdfText.of(pdf);
        assertThat(text).contains("Stegförflyttning", "Bedömda vid start och avslut");
        // The half-year a year before had hardly anyone exit: no column of dashes for it.
        assertThat(text).doesNotContain("Andel året innan");
        StatisticsService.StepRow a = s.steps().getFirst();
        assertThat(a.assessed()).isGreaterThan(10);
        byte[] full = StatisticsPdf.render(s, Map.of(), "Samordningsförbundet", Optional.empty(), null);
        Files.write(Path.of("target", "statistik-stegforflyttning-full.pdf"), full);
        assertThat(se.samspar.PdfText.of(full).replaceAll("\\s+", "")).contains(("Insats A " + a.assessed() + " "
                + a.movedUp() + " " + se.samspar.report.ReportText.percent(se.samspar.report.ReportFigures.percent(a.movedUp(),
                a.assessed())).replace('\u00a0', ' ')).replaceAll("\\s+", ""));
    }
}
