package se.samspar.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.IntegrationTest;
import se.samspar.PdfText;
import se.samspar.base.InvalidInputException;
import se.samspar.base.KioskCode;
import se.samspar.base.Role;

/** Occasions, codes, anonymous answers, results, the board's PDF and the export against the real database. */
class IndicatorServiceTest extends IntegrationTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    se.samspar.report.ReportService reports;

    /** Each test its own address, so that guessed codes elsewhere do not slow it. */
    private static final String ADDRESS = "198.51.100." + (System.nanoTime() % 200);

    @BeforeEach
    void coordinator() {
        loginAs("indikator-samordnare", Role.SAMORDNARE);
    }

    private Occasion boardOccasion(String name, LocalDate from, int base) {
        return indicators.createOccasion(new OccasionDraft(unique(name), from, from.plusMonths(1).minusDays(1),
                Map.of(RespondentGroup.STYRELSE, base)));
    }

    private void answer(Occasion o, List<String> codes, int... values) {
        List<Integer> a = new ArrayList<>();
        for (int v : values) {
            a.add(v);
        }
        SecurityContextHolder.clearContext();
        indicators.submit(codes.removeFirst(), o.id(), RespondentGroup.STYRELSE, a, ADDRESS);
        loginAs("indikator-samordnare", Role.SAMORDNARE);
    }

    private static String problem(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void the_default_instruments_are_the_nns_questions_word_for_word_and_locked() {
        Map<RespondentGroup, Instrument> byGroup = new java.util.EnumMap<>(RespondentGroup.class);
        indicators.instruments().forEach(i -> byGroup.put(i.group(), i));
        assertThat(byGroup.get(RespondentGroup.STYRELSE).questions()).hasSize(3).first().isEqualTo(
                "Har ni strukturer för att initiera, upprätthålla och underhålla relationer mellan inblandade aktörer?");
        assertThat(byGroup.get(RespondentGroup.BEREDNING).questions()).hasSize(4).contains("Har ni rutiner för att "
                + "samarbeta med näringsliv/civilsamhälle/ideella organisationer i arbetet när det gäller insatser för "
                + "deltagarna?");
        assertThat(byGroup.get(RespondentGroup.PERSONAL).questions()).hasSize(9).last().isEqualTo(
                "Fungerar de olika arbetssätt ni har i den samordnade insatsen bra tillsammans?");
        Instrument board = byGroup.get(RespondentGroup.STYRELSE);
        assertThat(board.scale()).isEqualTo(Scale.NNS);
        assertThat(board.locked()).isTrue();

        loginAs("indikator-admin", Role.ADMIN);
        InstrumentDraft reworded = new InstrumentDraft(RespondentGroup.STYRELSE, board.name(), 10, "Lite", "Mycket",
                List.of("Har ni strukturer?"));
        assertThat(problem(() -> indicators.rewordInstrument(board.id(), reworded))).isEqualTo("indicator.error.locked");
        assertThat(indicators.instrumentVersions(RespondentGroup.STYRELSE).getLast().questions())
                .isEqualTo(board.questions());
    }

    @Test
    void a_participant_instrument_can_be_reworded_until_an_occasion_uses_it_and_then_only_versioned() {
        loginAs("indikator-admin", Role.ADMIN);
        Instrument added = indicators.addInstrument(new InstrumentDraft(RespondentGroup.DELTAGARE, "NNS deltagare",
                5, "Stämmer inte alls", "Stämmer helt", List.of("Får du det stöd du behöver?", "", "Blir du lyssnad på?")));
        assertThat(added.questions()).containsExactly("Får du det stöd du behöver?", "Blir du lyssnad på?");
        Instrument fixed = indicators.rewordInstrument(added.id(), new InstrumentDraft(RespondentGroup.DELTAGARE,
                "NNS deltagare", 5, "Stämmer inte alls", "Stämmer helt", List.of("Får du det stöd som du behöver?")));
        assertThat(fixed.questions()).containsExactly("Får du det stöd som du behöver?");

        Occasion o = indicators.createOccasion(new OccasionDraft(unique("Deltagare"), LocalDate.of(2019, 5, 1),
                LocalDate.of(2019, 5, 31), Map.of(RespondentGroup.DELTAGARE, 20)));
        assertThat(problem(() -> indicators.rewordInstrument(added.id(), new InstrumentDraft(RespondentGroup.DELTAGARE,
                "NNS deltagare", 5, "A", "B", List.of("Annan fråga?"))))).isEqualTo("indicator.error.locked");

        Instrument v2 = indicators.addInstrument(new InstrumentDraft(RespondentGroup.DELTAGARE, "NNS deltagare 2", 5,
                "Stämmer inte alls", "Stämmer helt", List.of("Annan fråga?")));
        assertThat(v2.versionNo()).isEqualTo(added.versionNo() + 1);
        // The occasion keeps the version it was opened with.
        assertThat(indicators.occasion(o.id()).group(RespondentGroup.DELTAGARE).orElseThrow().instrumentId())
                .isEqualTo(added.id());
    }

    @Test
    void seven_of_eight_answer_through_codes_and_the_results_show_seven_of_eight_and_the_means() {
        Occasion o = boardOccasion("Oktober", LocalDate.of(2018, 10, 1), 8);
        List<String> codes = new ArrayList<>(indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 9).codes());
        assertThat(codes).hasSize(9).allMatch(c -> c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"));
        int[][] given = {{8, 5, 10}, {7, 6, 9}, {8, 4, 9}, {9, 5, 8}, {6, 6, 9}, {8, 5, 10}, {7, 4, 9}};
        for (int[] g : given) {
            answer(o, codes, g);
        }

        IndicatorFigures.GroupResult board = indicators.results(o.id()).groups().getFirst();
        assertThat(board.answeredOfBase()).isEqualTo("7 av 8");
        assertThat(board.questions()).extracting(IndicatorFigures.QuestionResult::meanText)
                .containsExactly("7,6", "5,0", "9,1");
        assertThat(indicators.occasion(o.id()).group(RespondentGroup.STYRELSE).orElseThrow().openCodes()).isEqualTo(2);
    }

    @Test
    void an_answer_is_stored_without_the_code_or_a_time_and_the_audit_log_names_only_the_occasion_and_group() {
        Occasion o = boardOccasion("Anonym", LocalDate.of(2018, 10, 1), 8);
        List<String> codes = new ArrayList<>(indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 1).codes());
        String code = codes.getFirst();
        answer(o, codes, 5, 5, 5);

        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name IN "
                + "('indicator_response', 'indicator_answer', 'indicator_code')", String.class))
                .noneMatch(c -> c.toLowerCase().contains("used_at") || c.toLowerCase().contains("answered_at")
                        || c.toLowerCase().contains("code_id"));
        String hash = KioskCode.hash(KioskCode.normalise(code));
        assertThat(jdbc.queryForObject("SELECT used FROM indicator_code WHERE code_hash = ?", Boolean.class, hash)).isTrue();
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE details LIKE ?", String.class,
                "indikatorsvar mottaget för mättillfälle " + o.id() + ",%")).containsExactly(
                "indikatorsvar mottaget för mättillfälle " + o.id() + ", Styrelse");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE details LIKE ? OR details LIKE ?",
                Integer.class, "%" + code + "%", "%" + hash + "%")).isZero();
    }

    @Test
    void a_code_used_twice_expired_or_for_another_occasion_is_refused_and_nothing_is_stored_twice() {
        Occasion o = boardOccasion("Koder", LocalDate.of(2018, 10, 1), 8);
        Occasion other = boardOccasion("Annat", LocalDate.of(2018, 11, 1), 8);
        String code = indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 1).codes().getFirst();
        String expired = indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 1).codes().getFirst();
        jdbc.update("UPDATE indicator_code SET expires_at = '2000-01-01 00:00:00' WHERE code_hash = ?",
                KioskCode.hash(KioskCode.normalise(expired)));
        SecurityContextHolder.clearContext();

        assertThat(problem(() -> indicators.submit(code, other.id(), RespondentGroup.STYRELSE, List.of(5, 5, 5),
                ADDRESS))).isEqualTo("indicator.error.code-other");
        assertThat(problem(() -> indicators.submit(code, o.id(), RespondentGroup.STYRELSE, List.of(5, 11, 0),
                ADDRESS))).isEqualTo("indicator.error.out-of-scale");
        indicators.submit(code.toLowerCase().replace("-", " "), o.id(), RespondentGroup.STYRELSE, List.of(5, 6, 7),
                ADDRESS);
        assertThat(problem(() -> indicators.submit(code, o.id(), RespondentGroup.STYRELSE, List.of(5, 6, 7), ADDRESS)))
                .isEqualTo("indicator.error.code-used");
        assertThat(problem(() -> indicators.openCode(code, ADDRESS))).isEqualTo("indicator.error.code-used");
        assertThat(problem(() -> indicators.openCode(expired, ADDRESS))).isEqualTo("indicator.error.code-expired");
        assertThat(problem(() -> indicators.openCode("ABCD-EFGH", ADDRESS))).isEqualTo("indicator.error.code-unknown");

        loginAs("indikator-samordnare", Role.SAMORDNARE);
        assertThat(indicators.occasion(o.id()).group(RespondentGroup.STYRELSE).orElseThrow().answered()).isEqualTo(1);
        assertThat(indicators.occasion(other.id()).group(RespondentGroup.STYRELSE).orElseThrow().answered()).isZero();
    }

    @Test
    void answers_outside_the_scale_or_missing_are_refused_per_question() {
        Occasion o = boardOccasion("Skala", LocalDate.of(2018, 10, 1), 8);
        String code = indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 1).codes().getFirst();
        SecurityContextHolder.clearContext();
        List<Integer> answers = new ArrayList<>(Collections.nCopies(3, null));
        answers.set(0, 0);
        answers.set(2, 11);
        try {
            indicators.submit(code, o.id(), RespondentGroup.STYRELSE, answers, ADDRESS);
            throw new AssertionError("accepted");
        } catch (InvalidInputException e) {
            assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("q0", "q1", "q2");
            assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey).containsExactly(
                    "indicator.error.out-of-scale", "indicator.error.answer-required", "indicator.error.out-of-scale");
        }
        // The code still works: nothing was used up.
        assertThat(indicators.openCode(code, ADDRESS).questions()).hasSize(3);
    }

    @Test
    void a_closed_occasion_takes_no_answers_and_a_base_cannot_go_below_the_answers() {
        Occasion o = boardOccasion("Stängt", LocalDate.of(2018, 10, 1), 3);
        List<String> codes = new ArrayList<>(indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 4).codes());
        answer(o, codes, 5, 5, 5);
        answer(o, codes, 6, 6, 6);
        Occasion now = indicators.occasion(o.id());
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> indicators.updateOccasion(o.id(), now.version(), new OccasionDraft(now.name(), now.from(), now.to(),
                        Map.of(RespondentGroup.STYRELSE, 1))));
        assertThat(refused.problems()).extracting(InvalidInputException.Problem::field).containsExactly("base.STYRELSE");
        assertThat(refused.messageKey()).isEqualTo("indicator.error.base-below-answers");

        answer(o, codes, 7, 7, 7);
        // A fourth answer to a base of three would make the base smaller than the answers.
        SecurityContextHolder.clearContext();
        assertThat(problem(() -> indicators.submit(codes.getFirst(), o.id(), RespondentGroup.STYRELSE, List.of(1, 1, 1),
                ADDRESS))).isEqualTo("indicator.error.base-full");
        loginAs("indikator-samordnare", Role.SAMORDNARE);
        indicators.updateOccasion(o.id(), now.version(), new OccasionDraft(now.name(), now.from(), now.to(),
                Map.of(RespondentGroup.STYRELSE, 5)));
        Occasion closed = indicators.setClosed(o.id(), indicators.occasion(o.id()).version(), true);
        SecurityContextHolder.clearContext();
        assertThat(problem(() -> indicators.openCode(codes.getFirst(), ADDRESS))).isEqualTo("indicator.error.closed");
        assertThat(problem(() -> indicators.submit(codes.getFirst(), o.id(), RespondentGroup.STYRELSE, List.of(1, 1, 1),
                ADDRESS))).isEqualTo("indicator.error.closed");
        loginAs("indikator-samordnare", Role.SAMORDNARE);
        assertThat(indicators.occasion(closed.id()).group(RespondentGroup.STYRELSE).orElseThrow().answered()).isEqualTo(3);
    }

    @Test
    void the_occasion_form_is_refused_with_every_problem_at_once() {
        Map<RespondentGroup, Integer> bases = new java.util.EnumMap<>(RespondentGroup.class);
        bases.put(RespondentGroup.STYRELSE, null);
        bases.put(RespondentGroup.PERSONAL, 0);
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> indicators.createOccasion(new OccasionDraft("", LocalDate.of(2018, 10, 31), LocalDate.of(2018, 10, 1),
                        bases)));
        assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                .containsExactlyInAnyOrder("name", "to", "base.STYRELSE", "base.PERSONAL");
    }

    @Test
    void two_tabs_submitting_the_same_code_at_once_store_one_answer() throws Exception {
        Occasion o = boardOccasion("Samtidigt", LocalDate.of(2018, 10, 1), 8);
        String code = indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 1).codes().getFirst();
        SecurityContextHolder.clearContext();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        indicators.submit(code, o.id(), RespondentGroup.STYRELSE, List.of(4, 4, 4), ADDRESS);
                        return "stored";
                    } catch (InvalidInputException e) {
                        return e.messageKey();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("stored", "indicator.error.code-used");
        } finally {
            pool.shutdown();
        }
        loginAs("indikator-samordnare", Role.SAMORDNARE);
        assertThat(indicators.occasion(o.id()).group(RespondentGroup.STYRELSE).orElseThrow().answered()).isEqualTo(1);
    }

    @Test
    void the_board_pdf_shows_no_answers_of_a_group_under_k_and_is_published_for_the_board() throws Exception {
        Occasion o = indicators.createOccasion(new OccasionDraft(unique("Publicera"), LocalDate.of(2018, 10, 1),
                LocalDate.of(2018, 10, 31), Map.of(RespondentGroup.STYRELSE, 8, RespondentGroup.BEREDNING, 8)));
        List<String> board = new ArrayList<>(indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 7).codes());
        for (int i = 0; i < 7; i++) {
            answer(o, board, 7 + i % 3, 5, 9);
        }
        String prep = indicators.issueCodes(o.id(), RespondentGroup.BEREDNING, 1).codes().getFirst();
        SecurityContextHolder.clearContext();
        indicators.submit(prep, o.id(), RespondentGroup.BEREDNING, List.of(2, 3, 4, 10), ADDRESS);
        loginAs("indikator-samordnare", Role.SAMORDNARE);

        String text = PdfText.of(indicators.pdf(o.id(), true));
        assertThat(text).contains("SAMMANSTÄLLNING AV INDIKATORER", "7 av 8 ledamöter svarade på följande tre indikatorer",
                "<3 av 8 beredningsgruppsrepresentanter", "Svaren redovisas inte");
        // (7+8+9+7+8+9+7)/7 = 7,857…
        assertThat(text).contains("7,9", "5,0", "9,0").doesNotContain("10,0");
        String full = PdfText.of(indicators.pdf(o.id(), false));
        assertThat(full).contains("1 av 8 beredningsgruppsrepresentanter", "10,0");

        var published = indicators.publish(o.id());
        loginAs("indikator-styrelse", Role.STYRELSE);
        var entry = reports.archive(null, null).stream().filter(e -> e.id() == published.getId()).findFirst().orElseThrow();
        assertThat(entry.kind()).isEqualTo(se.samspar.report.ReportKind.INDIKATORER);
        assertThat(PdfText.of(reports.archivedPdf(published.getId()).pdf())).contains("7 av 8 ledamöter");
    }

    @Test
    void the_export_has_one_row_per_group_and_question_with_the_documented_columns() throws Exception {
        Occasion o = boardOccasion("Export", LocalDate.of(2018, 10, 1), 8);
        List<String> codes = new ArrayList<>(indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 2).codes());
        answer(o, codes, 8, 5, 10);
        answer(o, codes, 7, 6, 9);
        String csv = new String(indicators.exportCsv(o.id()), java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFF" + String.join(";", IndicatorExport.HEADER));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(o.name() + ";2018-10-01;2018-10-31;STYRELSE;1;1;")
                .contains(";10;8;2;2;7,5;0;0;0;0;0;0;1;1;0;0");
        try (var in = new java.io.ByteArrayInputStream(indicators.exportXlsx(o.id()));
             var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(in)) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCell(11).asString()).isEqualTo("medelvarde");
            assertThat(rows.get(3).getCell(11).asNumber()).isEqualByComparingTo("9.5");
        }
    }
}
