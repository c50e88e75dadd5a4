package se.samspar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService.ArchiveEntry;

/** Which archived reports make up a year's annual report, and what is said to be missing. */
class AnnualPartsTest {

    private static long ids = 100;

    private static ArchiveEntry entry(Long programme, String name, ReportKind kind, String from, String to, int version) {
        return new ArchiveEntry(ids++, programme, name, kind, LocalDate.parse(from), LocalDate.parse(to), version,
                "Åsa", LocalDateTime.of(2019, 2, 1, 10, 0).plusDays(version), "ab", 10);
    }

    private static AnnualParts.Programme programme(long id, String name, String from, String to) {
        return new AnnualParts.Programme(id, name, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void the_latest_helarsrapport_else_the_slutrapport_and_the_forbunds_latest_statistics() {
        ArchiveEntry v1 = entry(1L, "Hälsoskolan", ReportKind.HELAR, "2018-01-01", "2018-12-31", 1);
        ArchiveEntry v2 = entry(1L, "Hälsoskolan", ReportKind.HELAR, "2018-01-01", "2018-12-31", 2);
        ArchiveEntry interim = entry(1L, "Hälsoskolan", ReportKind.DELAR, "2018-01-01", "2018-12-31", 3);
        ArchiveEntry fin = entry(2L, "Arbetsträning", ReportKind.SLUTRAPPORT, "2016-03-01", "2018-06-30", 1);
        ArchiveEntry lastYear = entry(3L, "Unga vuxna", ReportKind.HELAR, "2017-01-01", "2017-12-31", 1);
        ArchiveEntry stats = entry(null, "Förbundet", ReportKind.STATISTIK, "2018-01-01", "2018-12-31", 1);
        ArchiveEntry halfYear = entry(null, "Förbundet", ReportKind.STATISTIK, "2018-01-01", "2018-06-30", 4);
        AnnualParts.Found found = AnnualParts.of(2018, List.of(v1, v2, interim, fin, lastYear, stats, halfYear),
                List.of(programme(1, "Hälsoskolan", "2016-01-01", null), programme(2, "Arbetsträning", "2016-03-01",
                        "2018-06-30"), programme(3, "Unga vuxna", "2017-01-01", null),
                        programme(4, "Ny insats", "2019-01-01", null), programme(5, "Gammal insats", "2012-01-01",
                                "2017-12-31")));

        assertThat(found.parts()).extracting(AnnualParts.Part::entry).containsExactly(fin, v2, stats);
        assertThat(found.parts()).extracting(AnnualParts.Part::title).containsExactly(
                "Arbetsträning – slutrapport mars 2016 – juni 2018",
                "Hälsoskolan – helårsrapport januari – december 2018",
                "Könsuppdelad statistik januari – december 2018");
        assertThat(found.missing()).as("programmes not running in 2018 owe no report").containsExactly(
                "Unga vuxna: ingen publicerad helårsrapport för 2018",
                "Förbundet: ingen publicerad sammanställning av indikatorer för 2018");
    }

    @Test
    void the_drafts_order_comes_first_and_parts_published_since_follow() {
        ArchiveEntry a = entry(1L, "A", ReportKind.HELAR, "2018-01-01", "2018-12-31", 1);
        ArchiveEntry b = entry(2L, "B", ReportKind.HELAR, "2018-01-01", "2018-12-31", 1);
        ArchiveEntry s = entry(null, "Förbundet", ReportKind.STATISTIK, "2018-01-01", "2018-12-31", 1);
        List<AnnualParts.Part> parts = AnnualParts.of(2018, List.of(a, b, s), List.of(
                programme(1, "A", "2018-01-01", null), programme(2, "B", "2018-01-01", null))).parts();
        List<AnnualParts.Part> ordered = AnnualParts.ordered(parts, List.of(AnnualParts.STATISTICS,
                AnnualParts.programmeKey(2), "PROGRAM-99"));
        assertThat(ordered).extracting(AnnualParts.Part::key).containsExactly(AnnualParts.STATISTICS,
                AnnualParts.programmeKey(2), AnnualParts.programmeKey(1));
    }
}
