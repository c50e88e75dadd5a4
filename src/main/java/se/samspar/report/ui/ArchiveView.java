package se.samspar.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.samspar.base.Role;
import se.samspar.report.Period;
import se.samspar.report.ReportPdf;
import se.samspar.report.ReportService;

/**
 * The board's archive of published reports: filtered by year and programme, each opened in the
 * browser or downloaded as it was published, with its version, author, time and SHA-256. The
 * board sees nothing else in the app.
 */
@Route("arkiv")
@Menu(order = 9.8, title = "menu.archive", icon = "vaadin:archives")
@RolesAllowed({Role.STYRELSE_NAME, Role.SAMORDNARE_NAME})
public class ArchiveView extends Main implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Select<Long> programme = new Select<>();
    final Grid<ReportService.ArchiveEntry> grid = new Grid<>();
    private final ReportService reports;

    ArchiveView(ReportService reports) {
        this.reports = reports;
        addClassName("list-view");
        List<ReportService.ArchiveEntry> all = reports.archive(null, null);
        year.setLabel(getTranslation("archive.year"));
        year.setItems(new TreeSet<>(all.stream().map(e -> e.to().getYear()).toList()).descendingSet());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("archive.all-years"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("archive.all-years") : y.toString());
        Map<Long, String> names = reports.archivedProgrammes();
        programme.setLabel(getTranslation("archive.programme"));
        programme.setItems(names.keySet());
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("archive.all-programmes"));
        programme.setItemLabelGenerator(id -> id == null ? getTranslation("archive.all-programmes") : names.get(id));
        year.addValueChangeListener(e -> refresh());
        programme.addValueChangeListener(e -> refresh());

        grid.addColumn(ReportService.ArchiveEntry::programmeName).setHeader(getTranslation("archive.programme"))
                .setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.kind().translationKey())).setHeader(getTranslation("report.kind"));
        grid.addColumn(e -> ReportPdf.periodText(new Period(e.from(), e.to()))).setHeader(getTranslation("report.period"))
                .setFlexGrow(2);
        grid.addColumn(ReportService.ArchiveEntry::version).setHeader(getTranslation("archive.version")).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.authorName() + ", " + e.publishedAt().format(ReportListView.MINUTE))
                .setHeader(getTranslation("archive.published")).setFlexGrow(2);
        grid.addComponentColumn(e -> {
            Span sha = new Span(e.sha256().substring(0, 12) + "…");
            sha.setTitle("SHA-256 " + e.sha256());
            sha.addClassName("sha");
            return sha;
        }).setHeader("SHA-256");
        grid.addComponentColumn(this::links).setHeader(getTranslation("archive.pdf")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("archive.none"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(all);

        HorizontalLayout filters = new HorizontalLayout(year, programme);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("archive.intro")), filters, grid);
    }

    private HorizontalLayout links(ReportService.ArchiveEntry e) {
        Anchor open = new Anchor(pdf(e.id()).inline(), getTranslation("archive.open"));
        open.setTarget("_blank");
        Anchor download = new Anchor(pdf(e.id()), getTranslation("archive.download"));
        return new HorizontalLayout(open, download);
    }

    private com.vaadin.flow.server.streams.InputStreamDownloadHandler pdf(long id) {
        return DownloadHandler.fromInputStream(event -> {
            ReportService.ArchivedPdf pdf = reports.archivedPdf(id);
            return new DownloadResponse(new ByteArrayInputStream(pdf.pdf()), pdf.fileName(), "application/pdf",
                    pdf.pdf().length);
        });
    }

    void refresh() {
        grid.setItems(reports.archive(year.getValue(), programme.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.archive");
    }
}
