package se.samspar.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.Background;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.base.ui.PdfPreview;
import se.samspar.statistics.Distribution;
import se.samspar.statistics.FinsamCounts;
import se.samspar.statistics.GenderStatistics;
import se.samspar.statistics.StatisticsPdf;
import se.samspar.statistics.StatisticsService;

/**
 * The board's gender-divided statistics over every programme for a period (tables here, tables
 * and charts in the PDF), published to the report archive; the cross-table of support at start
 * against outcome for one programme; and the counts for Uppföljning Finsam, downloadable as CSV
 * and XLSX.
 */
@Route("statistik")
@Menu(order = 9.9, title = "menu.statistics", icon = "vaadin:pie-bar-chart")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.ADMIN_NAME})
public class StatisticsView extends Main implements HasDynamicTitle {

    final DatePicker from = Fields.datePicker(getTranslation("report.from"));
    final DatePicker to = Fields.datePicker(getTranslation("report.to"));
    final Checkbox compare = new Checkbox(getTranslation("statistics.compare"));
    final Button show = new Button(getTranslation("statistics.show"));
    final Paragraph base = new Paragraph();
    final Div tables = new Div();
    final TextArea commentary = new TextArea(getTranslation("statistics.commentary"));
    final Button preview = new Button(getTranslation("report.preview.board"));
    final Button previewFull = new Button(getTranslation("report.preview.full"));
    final Button publish = new Button(getTranslation("report.publish"));
    final PdfPreview pdfPreview = new PdfPreview();
    final Select<Long> crossProgramme = new Select<>();
    final Grid<GenderStatistics.CrossRow> cross = new Grid<>();
    final Grid<FinsamCounts.Row> finsam = new Grid<>();
    private final StatisticsService statistics;
    private final Map<String, String> labels;
    private final FormErrors errors;
    /** The last background work, done or not (tests wait for it). */
    java.util.concurrent.CompletableFuture<?> pending = java.util.concurrent.CompletableFuture.completedFuture(null);

    StatisticsView(StatisticsService statistics, Clock clock) {
        this.statistics = statistics;
        this.labels = statistics.labels();
        addClassName("report-draft-view");
        LocalDate today = LocalDate.now(clock);
        // This year so far; the board's annual statistics are the previous year, one click away.
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        errors = new FormErrors().field("from", from).field("to", to).field("commentary", commentary);
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.addClickListener(e -> refresh());
        commentary.setWidthFull();
        commentary.setHelperText(getTranslation("report.section.max", StatisticsPdf.COMMENTARY_MAX));
        preview.addClickListener(e -> run(() -> statistics.pdf(from.getValue(), to.getValue(), compare.getValue(), true,
                commentary.getValue()), pdf -> pdfPreview.show(pdf, "statistik-" + from.getValue() + ".pdf")));
        previewFull.addClickListener(e -> run(() -> statistics.pdf(from.getValue(), to.getValue(), compare.getValue(),
                false, commentary.getValue()), pdf -> pdfPreview.show(pdf, "statistik-full-" + from.getValue() + ".pdf")));
        publish.addThemeVariants(ButtonVariant.SUCCESS);
        publish.addClickListener(e -> confirmPublish());

        Map<Long, String> programmes = statistics.crossTableProgrammes();
        crossProgramme.setLabel(getTranslation("statistics.cross.programme"));
        crossProgramme.setItems(programmes.keySet());
        crossProgramme.setItemLabelGenerator(id -> id == null ? "" : programmes.get(id));
        crossProgramme.addValueChangeListener(e -> refreshCross());
        cross.addColumn(r -> labels.getOrDefault(r.support(), r.support())).setHeader(getTranslation("statistics.cross.support"))
                .setFlexGrow(3);
        cross.addColumn(GenderStatistics.CrossRow::total).setHeader(getTranslation("statistics.cross.total"));
        cross.addColumn(GenderStatistics.CrossRow::toWork).setHeader(getTranslation("statistics.cross.work"));
        cross.addColumn(GenderStatistics.CrossRow::toStudies).setHeader(getTranslation("statistics.cross.studies"));
        cross.addColumn(GenderStatistics.CrossRow::toJobSearch).setHeader(getTranslation("statistics.cross.job-search"));
        cross.addColumn(GenderStatistics.CrossRow::otherExit).setHeader(getTranslation("statistics.cross.other"));
        cross.addColumn(GenderStatistics.CrossRow::stillActive).setHeader(getTranslation("statistics.cross.active"));
        cross.setAllRowsVisible(true);
        cross.setEmptyStateText(getTranslation("statistics.cross.none"));

        finsam.addColumn(FinsamCounts.Row::programme).setHeader(FinsamCounts.HEADER.get(0)).setFlexGrow(3);
        finsam.addColumn(FinsamCounts.Row::women).setHeader(FinsamCounts.HEADER.get(1));
        finsam.addColumn(FinsamCounts.Row::men).setHeader(FinsamCounts.HEADER.get(2));
        finsam.addColumn(FinsamCounts.Row::total).setHeader(FinsamCounts.HEADER.get(3));
        finsam.addColumn(FinsamCounts.Row::newWomen).setHeader(FinsamCounts.HEADER.get(4));
        finsam.addColumn(FinsamCounts.Row::newMen).setHeader(FinsamCounts.HEADER.get(5));
        finsam.addColumn(FinsamCounts.Row::exitedWomen).setHeader(FinsamCounts.HEADER.get(6));
        finsam.addColumn(FinsamCounts.Row::exitedMen).setHeader(FinsamCounts.HEADER.get(7));
        finsam.setAllRowsVisible(true);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = FinsamCounts.csv(statistics.finsam(from.getValue(), to.getValue()));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "finsam-" + from.getValue() + ".csv",
                    "text/csv", bytes.length);
        }), getTranslation("statistics.finsam.csv"));
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = FinsamCounts.xlsx(statistics.finsam(from.getValue(), to.getValue()), "Finsam");
            return new DownloadResponse(new ByteArrayInputStream(bytes), "finsam-" + from.getValue() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), getTranslation("statistics.finsam.xlsx"));

        HorizontalLayout period = new HorizontalLayout(from, to, compare, show);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        add(period, base, tables, commentary, new HorizontalLayout(previewFull, preview, publish), pdfPreview,
                new H3(getTranslation("statistics.cross")), new Paragraph(getTranslation("statistics.cross.help")),
                crossProgramme, cross, new H3(getTranslation("statistics.finsam")),
                new Paragraph(getTranslation("statistics.finsam.help")), finsam, new HorizontalLayout(csv, xlsx));
        refresh();
        if (!programmes.isEmpty()) {
            crossProgramme.setValue(programmes.keySet().iterator().next());
        }
    }

    void refresh() {
        from.setInvalid(false);
        to.setInvalid(false);
        try {
            StatisticsService.Statistics s = statistics.statistics(from.getValue(), to.getValue(), compare.getValue());
            base.setText(getTranslation("statistics.base", s.women() + s.men(), s.women(), s.men()));
            tables.removeAll();
            for (int i = 0; i < s.distributions().size(); i++) {
                int index = i;
                Distribution d = s.distributions().get(i);
                tables.add(new H3(d.title()), table(d, s.previous().map(p -> p.distributions().get(index)).orElse(null)));
            }
            finsam.setItems(s.finsam());
            refreshCross();
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    /** Shares with counts in brackets; last year's beside them when compared. */
    private Grid<Distribution.Row> table(Distribution d, Distribution before) {
        Grid<Distribution.Row> grid = new Grid<>();
        grid.addColumn(r -> labels.getOrDefault(r.code(), r.code())).setHeader("").setFlexGrow(3);
        grid.addColumn(r -> share(d, r, true)).setHeader(getTranslation("statistics.women"));
        grid.addColumn(r -> share(d, r, false)).setHeader(getTranslation("statistics.men"));
        if (before != null) {
            grid.addColumn(r -> before.rows().stream().filter(b -> b.code().equals(r.code())).findFirst()
                    .map(b -> share(before, b, true)).orElse("–")).setHeader(getTranslation("statistics.women.before"));
            grid.addColumn(r -> before.rows().stream().filter(b -> b.code().equals(r.code())).findFirst()
                    .map(b -> share(before, b, false)).orElse("–")).setHeader(getTranslation("statistics.men.before"));
        }
        grid.setItems(d.rows());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String share(Distribution d, Distribution.Row r, boolean women) {
        return (women ? d.womenPercent(r) : d.menPercent(r)).map(p -> p + " %").orElse("–") + " ("
                + (women ? r.women() : r.men()) + ")";
    }

    private void refreshCross() {
        if (crossProgramme.getValue() != null && from.getValue() != null && to.getValue() != null
                && !to.getValue().isBefore(from.getValue())) {
            cross.setItems(statistics.supportByOutcome(crossProgramme.getValue(), from.getValue(), to.getValue()));
        }
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> done) {
        commentary.setInvalid(false);
        getUI().ifPresent(ui -> pending = Background.run(ui, work, pdfPreview.progress(), done, e -> {
            if (e instanceof InvalidInputException invalid) {
                errors.show(invalid);
            } else {
                throw e;
            }
        }));
    }

    private void confirmPublish() {
        PdfPreview.confirmPublish(statistics.privacyThreshold(), this::publishNow);
    }

    void publishNow() {
        run(() -> statistics.publish(from.getValue(), to.getValue(), compare.getValue(), commentary.getValue()),
                r -> Notifications.success(getTranslation("report.published", r.getVersionNo())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.statistics");
    }
}
