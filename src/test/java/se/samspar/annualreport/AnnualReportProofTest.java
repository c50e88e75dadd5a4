package se.samspar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.PdfText;
import se.samspar.base.Role;
import se.samspar.base.Sha256;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;
import se.samspar.report.PublishedReport;
import se.samspar.report.ReportDraft;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;
import se.samspar.statistics.StatisticsService;

/**
 * The issue's proof: three programmes publish their reports for 2015 (one a second version, one a
 * slutrapport), the coordinator publishes the statistics and an indicator summary, a fourth
 * programme publishes nothing; the annual report is assembled in the coordinator's order with a
 * foreword and a closing text, published, and read back from the archive as the board reads it.
 */
class AnnualReportProofTest extends IntegrationTest {

    static final int YEAR = 2015;
    static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate TO = LocalDate.of(YEAR, 12, 31);

    @Autowired
    ReportService reports;
    @Autowired
    StatisticsService statistics;
    @Autowired
    AnnualReportService annual;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    se.samspar.report.ReportSettings settings;
    @Autowired
    se.samspar.participant.PersonService persons;
    @Autowired
    se.samspar.indicator.IndicatorService indicators;

    private long programme(String name, LocalDate activeFrom) {
        long id = newProgramme(name, ProgrammeKind.INDIVIDUAL, 10, activeFrom);
        jdbc.update("UPDATE programme SET name = ? WHERE id = ?", name, id);
        return id;
    }

    /** A coordinator of the programme writes the report with a few participants and publishes it. */
    private PublishedReport published(long programmeId, ReportKind kind, LocalDate from, LocalDate to, int participants) {
        String coordinator = newCoordinator("Åsa Årsrapport", programmeId)[0];
        String staff = newStaff("Per Årsrapport", programmeId)[0];
        for (int i = 0; i < participants; i++) {
            loginAs(staff, Role.PERSONAL);
            // Born 1960–1987: of the programmes' ages (18–64) in 2015.
            String pnr = se.samspar.participant.TestPersonnummer.of(LocalDate.of(1960, 1, 1).plusDays(
                    Math.floorMod(System.nanoTime(), 10000)), i % 2 == 0 ? Kon.KVINNA : Kon.MAN, 980 + i);
            persons.registerAndRefer(se.samspar.participant.PersonDraft.identified(pnr, "Deltagare",
                    "Nummer" + (char) ('A' + i), null), se.samspar.enrolment.EnrolmentDraft.startingOn(programmeId,
                    from.plusWeeks(i), from.plusWeeks(i + 1)));
        }
        loginAs(coordinator, Role.SAMORDNARE);
        ReportDraft draft = reports.createDraft(programmeId, kind, from, to);
        return reports.publish(draft.getId(), draft.getVersion());
    }

    /** The board's measurement occasion of October: base 8, four answer through codes, the summary is published. */
    private void publishIndicatorSummary() {
        se.samspar.indicator.Occasion occasion = indicators.createOccasion(new se.samspar.indicator.OccasionDraft(
                "Styrelsen oktober " + YEAR, LocalDate.of(YEAR, 10, 1),
                LocalDate.of(YEAR, 10, 31), java.util.Map.of(se.samspar.indicator.RespondentGroup.STYRELSE, 8)));
        List<String> codes = indicators.issueCodes(occasion.id(), se.samspar.indicator.RespondentGroup.STYRELSE, 4)
                .codes();
        org.springframework.security.core.Authentication coordinator =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        for (int i = 0; i < codes.size(); i++) {
            indicators.submit(codes.get(i), occasion.id(), se.samspar.indicator.RespondentGroup.STYRELSE,
                    List.of(6 + i, 5, 8), "198.51.100.215");
        }
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(coordinator);
        assertThat(indicators.publish(occasion.id()).getKind()).isEqualTo(ReportKind.INDIKATORER);
    }

    @Test
    void the_annual_report_is_the_archived_parts_with_contents_bookmarks_and_page_numbers() throws Exception {
        long halsoskolan = programme("Hälsoskolan Vänersborg", FROM);
        long arbetstraning = programme("Arbetsträning Mellerud", FROM);
        long unga = programme("Unga vuxna i arbete", FROM);
        long kultur = programme("Kulturverkstaden", FROM);
        PublishedReport first = published(halsoskolan, ReportKind.HELAR, FROM, TO, 4);
        // A second version of the same report: the annual report takes the latest.
        loginAs("test-admin", Role.ADMIN);
        String again = newCoordinator("Åke Andra", halsoskolan)[0];
        loginAs(again, Role.SAMORDNARE);
        ReportDraft second = reports.createDraft(halsoskolan, ReportKind.HELAR, FROM, TO);
        PublishedReport latest = reports.publish(second.getId(), second.getVersion());
        assertThat(latest.getVersionNo()).isEqualTo(first.getVersionNo() + 1);
        published(arbetstraning, ReportKind.HELAR, FROM, TO, 3);
        published(unga, ReportKind.SLUTRAPPORT, FROM, LocalDate.of(YEAR, 6, 30), 0);
        String forbund = newCoordinator("Fia Förbund", halsoskolan, arbetstraning, unga)[0];
        loginAs(forbund, Role.SAMORDNARE);
        statistics.publish(FROM, TO, false, null);
        publishIndicatorSummary();

        AnnualReportService.Overview overview = annual.overview(YEAR);
        assertThat(overview.missing()).contains("Kulturverkstaden: ingen publicerad helårsrapport för 2015")
                .noneMatch(m -> m.startsWith("Hälsoskolan") || m.startsWith("Förbundet"));
        assertThat(overview.parts()).extracting(AnnualReportService.PartRow::key).containsExactly(
                AnnualParts.programmeKey(arbetstraning), AnnualParts.programmeKey(halsoskolan),
                AnnualParts.programmeKey(unga), AnnualParts.STATISTICS, AnnualParts.INDICATORS);
        assertThat(overview.parts()).filteredOn(p -> p.key().equals(AnnualParts.programmeKey(halsoskolan)))
                .extracting(AnnualReportService.PartRow::publishedId).containsExactly(latest.getId());
        assertThat(overview.parts().get(2).title()).startsWith("Unga vuxna i arbete – slutrapport");
        assertThat(kultur).isPositive();

        // The coordinator puts the statistics first and the indicators last and writes the texts.
        List<String> order = List.of(AnnualParts.STATISTICS, AnnualParts.programmeKey(halsoskolan),
                AnnualParts.programmeKey(arbetstraning), AnnualParts.programmeKey(unga), AnnualParts.INDICATORS);
        AnnualReportService.Overview saved = annual.save(YEAR, overview.version(), new AnnualReportService.Draft(order,
                Set.of(), "Förbundet har under året samlat sina insatser kring vägen till arbete.\n\nStyrelsen tackar.",
                "Verksamheten fortsätter nästa år med samma inriktning."));
        PublishedReport report = annual.publish(YEAR, saved.version());
        assertThat(report.getKind()).isEqualTo(ReportKind.ARSRAPPORT);
        assertThat(report.getProgrammeId()).isNull();

        // The board reads it in the archive, and each part there too.
        loginAs(newUser(Role.STYRELSE, "Sten Styrelse")[0], Role.STYRELSE);
        ReportService.ArchiveEntry entry = reports.archive(YEAR, ReportService.FORBUND).stream()
                .filter(e -> e.kind() == ReportKind.ARSRAPPORT).findFirst().orElseThrow();
        ReportService.ArchivedPdf pdf = reports.archivedPdf(entry.id());
        assertThat(Sha256.hex(pdf.pdf())).isEqualTo(entry.sha256()).isEqualTo(report.getSha256());
        List<AnnualReportPdf.Section> expected = new ArrayList<>();
        for (AnnualReportService.PartRow part : saved.parts()) {
            expected.add(new AnnualReportPdf.Section(part.title(), reports.archivedPdf(part.publishedId()).pdf()));
        }
        assertThat(saved.parts()).extracting(AnnualReportService.PartRow::key).containsExactlyElementsOf(order);

        AnnualReportCheck.verify(pdf.pdf(), new AnnualReportPdf.Cover(settings.forbundName(), settings.orgNr(), YEAR),
                expected, true, true);
        String text = PdfText.of(pdf.pdf());
        assertThat(text).as("the board's disclosure check ran over the whole document")
                .contains("inga antal som rör färre än 3 personer");

        // The docs' rendering: the same parts under the demo förbund's name and org.nr.
        Files.write(Path.of("target", "arsrapport-" + YEAR + ".pdf"), AnnualReportPdf.assemble(
                new AnnualReportPdf.Cover(AnnualFixtures.FORBUND, AnnualFixtures.ORG_NR, YEAR), saved.foreword(),
                saved.closing(), expected).pdf());
    }
}
