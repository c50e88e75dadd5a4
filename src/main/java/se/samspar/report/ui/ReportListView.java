package se.samspar.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.programme.Programme;
import se.samspar.report.Period;
import se.samspar.report.ReportDraft;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportPdf;
import se.samspar.report.ReportService;

/**
 * The coordinator's reports: the drafts being written, and a new report begun by programme, kind
 * and period (a usual period picked from the presets, or any dates).
 */
@Route("rapporter")
@Menu(order = 9.7, title = "menu.reports", icon = "vaadin:file-text-o")
@RolesAllowed(Role.SAMORDNARE_NAME)
public class ReportListView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Select<Programme> programme = new Select<>();
    final Select<ReportKind> kind = new Select<>();
    final Select<Period> preset = new Select<>();
    final DatePicker from = Fields.datePicker(getTranslation("report.from"));
    final DatePicker to = Fields.datePicker(getTranslation("report.to"));
    final Button create = new Button(getTranslation("report.create"));
    final Grid<ReportDraft> drafts = new Grid<>();

    ReportListView(ReportService reports) {
        addClassName("list-view");
        List<Programme> own = reports.programmes();
        Map<Long, String> names = new LinkedHashMap<>();
        own.forEach(p -> names.put(p.getId(), p.getName()));

        programme.setLabel(getTranslation("report.programme"));
        programme.setItems(own);
        programme.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        kind.setLabel(getTranslation("report.kind"));
        kind.setItems(ReportKind.PROGRAMME_REPORTS);
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.translationKey()));
        kind.setValue(ReportKind.DELAR);
        preset.setLabel(getTranslation("report.preset"));
        preset.setItems(reports.periodPresets());
        preset.setItemLabelGenerator(p -> p == null ? "" : ReportPdf.periodText(p));
        preset.setEmptySelectionAllowed(true);
        preset.setEmptySelectionCaption(getTranslation("report.preset.own"));
        preset.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                from.setValue(e.getValue().from());
                to.setValue(e.getValue().to());
            }
        });
        if (own.size() == 1) {
            programme.setValue(own.getFirst());
        }
        FormErrors errors = new FormErrors().required("programmeId", programme).required("kind", kind)
                .required("from", from).required("to", to);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            ReportDraft[] created = new ReportDraft[1];
            if (errors.save(() -> created[0] = reports.createDraft(programme.getValue().getId(), kind.getValue(),
                    from.getValue(), to.getValue()))) {
                getUI().ifPresent(ui -> ui.navigate(ReportDraftView.class,
                        new RouteParameters("draftId", String.valueOf(created[0].getId()))));
            }
        });
        HorizontalLayout start = new HorizontalLayout(programme, kind, preset, from, to, create);
        start.setAlignItems(FlexComponent.Alignment.BASELINE);
        start.setWrap(true);

        drafts.addColumn(d -> names.getOrDefault(d.getProgrammeId(), "")).setHeader(getTranslation("report.programme"))
                .setFlexGrow(3);
        drafts.addColumn(d -> getTranslation(d.getKind().translationKey())).setHeader(getTranslation("report.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        drafts.addColumn(d -> ReportPdf.periodText(new Period(d.getFrom(), d.getTo())))
                .setHeader(getTranslation("report.period")).setFlexGrow(2);
        drafts.addColumn(d -> d.getUpdatedAt().format(MINUTE)).setHeader(getTranslation("report.updated"))
                .setAutoWidth(true).setFlexGrow(0);
        drafts.addColumn(d -> d.getPublishedVersion() == null ? getTranslation("report.state.draft")
                : getTranslation(d.isChangedSincePublish() ? "report.state.changed" : "report.state.published",
                d.getPublishedVersion())).setHeader(getTranslation("report.state")).setFlexGrow(3);
        drafts.setItems(reports.drafts());
        drafts.setEmptyStateText(getTranslation("report.drafts.none"));
        drafts.setAllRowsVisible(true);
        drafts.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        drafts.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReportDraftView.class,
                new RouteParameters("draftId", String.valueOf(e.getItem().getId())))));
        add(new H3(getTranslation("report.new")), start, new H3(getTranslation("report.drafts")), drafts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reports");
    }
}
