package se.samspar.annualreport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.samspar.annualreport.AnnualReportService;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.SwedishTime;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.base.ui.PdfPreview;

/**
 * The förbund's annual report for a year: the published parts in the chosen order, each to
 * include or leave out, what is missing, the foreword and the closing text; saved as a draft,
 * previewed and published to the archive. The year lives in the address: {@code arsrapport?ar=2018}.
 */
@Route("arsrapport")
@Menu(order = 9.82, title = "menu.annual-report", icon = "vaadin:book")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.ADMIN_NAME})
public class AnnualReportView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The address's parameter for the year. */
    static final String YEAR = "ar";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final IntegerField year = new IntegerField(getTranslation("annualreport.year"));
    final Div parts = new Div();
    final UnorderedList missing = new UnorderedList();
    final TextArea foreword = new TextArea(getTranslation("annualreport.foreword"));
    final TextArea closing = new TextArea(getTranslation("annualreport.closing"));
    final Button save = new Button(getTranslation("annualreport.save"));
    final Button preview = new Button(getTranslation("annualreport.preview"));
    final Button publish = new Button(getTranslation("annualreport.publish"));
    final PdfPreview pdfPreview = new PdfPreview();
    /** Per part as shown, in order: include it, move it up, move it down. */
    final List<Checkbox> includes = new ArrayList<>();
    final List<Button> ups = new ArrayList<>();
    final List<Button> downs = new ArrayList<>();
    private final AnnualReportService annual;
    private final FormErrors errors;
    private final int defaultYear;
    private AnnualReportService.Overview overview;
    private List<AnnualReportService.PartRow> order = new ArrayList<>();
    private final Set<String> excluded = new LinkedHashSet<>();

    AnnualReportView(AnnualReportService annual, Clock clock) {
        this.annual = annual;
        // The annual report is written in the spring for the year before.
        this.defaultYear = SwedishTime.today(clock).getYear() - 1;
        addClassName("report-draft-view");
        year.setStepButtonsVisible(true);
        for (TextArea area : List.of(foreword, closing)) {
            area.setWidthFull();
            area.setMinHeight("8em");
            area.setHelperText(getTranslation("report.section.max", AnnualReportService.TEXT_MAX));
        }
        errors = new FormErrors().required("year", year)
                .checkThrowing("year", year, () -> requireYear(year.getValue()))
                .checkThrowing("foreword", foreword, () -> requireLength("foreword", foreword.getValue()))
                .checkThrowing("closing", closing, () -> requireLength("closing", closing.getValue()));
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && errors.validate()) {
                getUI().ifPresent(ui -> ui.navigate("arsrapport", QueryParameters.of(YEAR, String.valueOf(year.getValue()))));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (saveDraft()) {
                Notifications.success(getTranslation("annualreport.saved"));
            }
        });
        preview.addClickListener(e -> {
            if (saveDraft()) {
                errors.save(() -> pdfPreview.show(annual.preview(overview.year()), "arsrapport-" + overview.year()
                        + ".pdf"));
            }
        });
        publish.addThemeVariants(ButtonVariant.SUCCESS);
        publish.addClickListener(e -> {
            if (saveDraft()) {
                confirmPublish();
            }
        });
        HorizontalLayout actions = new HorizontalLayout(save, preview, publish);
        add(new H3(getTranslation("annualreport.title")), new Paragraph(getTranslation("annualreport.intro")), year,
                new H3(getTranslation("annualreport.parts")), parts, new H3(getTranslation("annualreport.missing")),
                missing, foreword, closing, actions, pdfPreview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int y = event.getLocation().getQueryParameters().getSingleParameter(YEAR).filter(s -> s.matches("\\d{4}")).map(Integer::parseInt)
                .filter(v -> v >= AnnualReportService.FIRST_YEAR && v <= AnnualReportService.LAST_YEAR)
                .orElse(defaultYear);
        year.setValue(y);
        show(annual.overview(y));
    }

    private void show(AnnualReportService.Overview o) {
        overview = o;
        order = new ArrayList<>(o.parts());
        excluded.clear();
        o.parts().stream().filter(p -> !p.included()).forEach(p -> excluded.add(p.key()));
        foreword.setValue(o.foreword());
        closing.setValue(o.closing());
        missing.removeAll();
        o.missing().forEach(m -> missing.add(new ListItem(m)));
        if (o.missing().isEmpty()) {
            missing.add(new ListItem(getTranslation("annualreport.missing.none")));
        }
        pdfPreview.hide();
        showParts();
    }

    /** The parts in the current order, each with its checkbox and its two buttons. */
    private void showParts() {
        parts.removeAll();
        includes.clear();
        ups.clear();
        downs.clear();
        if (order.isEmpty()) {
            parts.add(new Paragraph(getTranslation("annualreport.parts.none")));
        }
        for (int i = 0; i < order.size(); i++) {
            AnnualReportService.PartRow part = order.get(i);
            int at = i;
            Checkbox include = new Checkbox(part.title(), !excluded.contains(part.key()));
            include.addValueChangeListener(e -> {
                if (e.getValue()) {
                    excluded.remove(part.key());
                } else {
                    excluded.add(part.key());
                }
            });
            Span source = new Span(getTranslation("annualreport.part.version", part.archiveVersion(),
                    STAMP.format(part.publishedAt())));
            source.addClassName("muted");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(at, -1));
            up.setAriaLabel(getTranslation("annualreport.part.up"));
            up.setTooltipText(getTranslation("annualreport.part.up"));
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(at, 1));
            down.setAriaLabel(getTranslation("annualreport.part.down"));
            down.setTooltipText(getTranslation("annualreport.part.down"));
            down.setEnabled(i < order.size() - 1);
            for (Button b : List.of(up, down)) {
                b.addThemeVariants(ButtonVariant.TERTIARY);
            }
            HorizontalLayout row = new HorizontalLayout(up, down, include, source);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            parts.add(row);
            includes.add(include);
            ups.add(up);
            downs.add(down);
        }
    }

    /** Asks before publishing: the annual report is stored for good, as the year's next version. */
    private void confirmPublish() {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        confirm.setHeader(getTranslation("annualreport.publish.title", String.valueOf(overview.year())));
        confirm.setText(getTranslation("annualreport.publish.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("annualreport.publish"));
        confirm.addConfirmListener(e -> errors.save(() -> {
            var report = annual.publish(overview.year(), overview.version());
            Notifications.success(getTranslation("annualreport.published", String.valueOf(overview.year()),
                    report.getVersionNo()));
        }));
        confirm.open();
    }

    private void move(int at, int by) {
        AnnualReportService.PartRow part = order.remove(at);
        order.add(at + by, part);
        showParts();
    }

    /** Saves order, choice and texts; every wrong field marked at once, a concurrent edit explained. */
    private boolean saveDraft() {
        return errors.save(() -> show(annual.save(overview.year(), overview.version(), new AnnualReportService.Draft(
                order.stream().map(AnnualReportService.PartRow::key).toList(), excluded, foreword.getValue(),
                closing.getValue()))));
    }

    private static void requireYear(Integer value) {
        if (value != null && (value < AnnualReportService.FIRST_YEAR || value > AnnualReportService.LAST_YEAR)) {
            throw new InvalidInputException("year", "annualreport.error.year",
                    String.valueOf(AnnualReportService.FIRST_YEAR), String.valueOf(AnnualReportService.LAST_YEAR));
        }
    }

    private static void requireLength(String field, String text) {
        if (text != null && text.length() > AnnualReportService.TEXT_MAX) {
            throw new InvalidInputException(field, "report.error.too-long", AnnualReportService.TEXT_MAX);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.annual-report");
    }
}
