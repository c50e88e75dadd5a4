package se.samspar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembled annual report: contents, bookmarks, numbering and the parts' own pages. */
class AnnualReportPdfTest {

    private static final AnnualReportPdf.Cover COVER = new AnnualReportPdf.Cover(
            "Samordningsförbundet Vänersborg/Mellerud", "222000-2048", 2018);

    @Test
    void the_contents_bookmarks_and_numbering_point_at_the_parts_own_pages() throws IOException {
        List<AnnualReportPdf.Section> parts = List.of(
                new AnnualReportPdf.Section("Hälsoskolan – helårsrapport", AnnualFixtures.part("Hälsoskolan", 3)),
                new AnnualReportPdf.Section("Könsuppdelad statistik", AnnualFixtures.part("Statistik", 2)),
                new AnnualReportPdf.Section("Indikatorer", AnnualFixtures.indicators(2018)));
        AnnualReportPdf.Assembled a = AnnualReportPdf.assemble(COVER, "Ett år av samverkan.", "Tack till alla.", parts);

        AnnualReportCheck.verify(a.pdf(), COVER, parts, true, true);
        assertThat(a.pages()).isEqualTo(1 + 1 + 1 + 3 + 2 + 2 + 1);
        assertThat(a.contents()).extracting(AnnualReportPdf.Heading::page).containsExactly(3, 4, 7, 9, 11);
    }

    @Test
    void without_foreword_and_closing_the_parts_follow_the_contents() throws IOException {
        List<AnnualReportPdf.Section> parts = List.of(
                new AnnualReportPdf.Section("Statistik", AnnualFixtures.part("Statistik", 1)));
        AnnualReportPdf.Assembled a = AnnualReportPdf.assemble(COVER, " ", null, parts);
        AnnualReportCheck.verify(a.pdf(), COVER, parts, false, false);
        assertThat(a.pages()).isEqualTo(3);
    }

    @Test
    void a_long_contents_takes_the_pages_it_needs_and_the_numbers_follow() throws IOException {
        List<AnnualReportPdf.Section> parts = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> new AnnualReportPdf.Section("Insats " + i, AnnualFixtures.part("Insats " + i, 1)))
                .toList();
        AnnualReportPdf.Assembled a = AnnualReportPdf.assemble(COVER, null, null, parts);
        AnnualReportCheck.verify(a.pdf(), COVER, parts, false, false);
        assertThat(a.contents().getFirst().page()).as("after a two-page contents").isEqualTo(4);
    }
}
