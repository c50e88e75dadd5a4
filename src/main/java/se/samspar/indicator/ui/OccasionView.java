package se.samspar.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.base.ui.PdfPreview;
import se.samspar.indicator.CodeListPdf;
import se.samspar.indicator.IndicatorService;
import se.samspar.indicator.Occasion;
import se.samspar.indicator.RespondentGroup;
import se.samspar.report.ReportSettings;

/**
 * One occasion: its name, period and bases; one-time codes per group, printed as a list to hand
 * out; the results with earlier occasions beside them; the board's PDF previewed and published to
 * the archive; the export for the national compilation; closing it when the answers are in.
 */
@Route("indikatorer/:occasionId")
@RolesAllowed({Role.ADMIN_NAME, Role.SAMORDNARE_NAME})
public class OccasionView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final H2 title = new H2();
    final OccasionForm form = new OccasionForm();
    final Button save = new Button(getTranslation("action.save"));
    final Select<RespondentGroup> codeGroup = new Select<>();
    final IntegerField codeCount = Fields.integerField(getTranslation("indicator.codes.count"));
    final Button issue = new Button(getTranslation("indicator.codes.issue"));
    final Div codes = new Div();
    final ResultsPanel results = new ResultsPanel();
    final Button previewBoard = new Button(getTranslation("report.preview.board"));
    final Button previewFull = new Button(getTranslation("report.preview.full"));
    final Button publish = new Button(getTranslation("report.publish"));
    final Button closeOrOpen = new Button();
    final PdfPreview pdfPreview = new PdfPreview();
    private final IndicatorService indicators;
    private final String footer;
    private final FormErrors codeErrors;
    private Occasion occasion;

    OccasionView(IndicatorService indicators, ReportSettings settings) {
        this.indicators = indicators;
        this.footer = settings.footer();
        addClassName("report-draft-view");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        codeGroup.setLabel(getTranslation("indicator.codes.group"));
        codeGroup.setItemLabelGenerator(g -> g == null ? "" : g.label());
        codeErrors = new FormErrors().required("group", codeGroup).required("count", codeCount);
        issue.addClickListener(e -> issue());
        previewBoard.addClickListener(e -> pdfPreview.show(indicators.pdf(occasion.id(), true),
                "indikatorer-" + occasion.from() + ".pdf"));
        previewFull.addClickListener(e -> pdfPreview.show(indicators.pdf(occasion.id(), false),
                "indikatorer-full-" + occasion.from() + ".pdf"));
        publish.addThemeVariants(ButtonVariant.SUCCESS);
        publish.addClickListener(e -> PdfPreview.confirmPublish(indicators.privacyThreshold(), this::publishNow));
        closeOrOpen.addClickListener(e -> toggleClosed());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = indicators.exportCsv(occasion.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "indikatorer-" + occasion.from() + ".csv",
                    "text/csv", bytes.length);
        }), getTranslation("indicator.export.csv"));
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = indicators.exportXlsx(occasion.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "indikatorer-" + occasion.from() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), getTranslation("indicator.export.xlsx"));
        HorizontalLayout codeRow = new HorizontalLayout(codeGroup, codeCount, issue);
        codeRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, form, new HorizontalLayout(save, closeOrOpen), new H3(getTranslation("indicator.codes")),
                new Paragraph(getTranslation("indicator.codes.help")), codeRow, codes,
                new H3(getTranslation("indicator.results")), results,
                new HorizontalLayout(previewFull, previewBoard, publish), pdfPreview,
                new H3(getTranslation("indicator.export")), new Paragraph(getTranslation("indicator.export.help")),
                new HorizontalLayout(csv, xlsx));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(indicators.occasion(Long.parseLong(event.getRouteParameters().get("occasionId").orElse(""))));
        } catch (NumberFormatException | InvalidInputException e) {
            event.forwardTo(OccasionListView.class);
        }
    }

    private void show(Occasion o) {
        occasion = o;
        title.setText(o.name());
        form.show(o);
        codeGroup.setItems(o.groups().stream().map(Occasion.Group::group).toList());
        if (o.groups().size() == 1) {
            codeGroup.setValue(o.groups().getFirst().group());
        }
        issue.setEnabled(!o.closed());
        closeOrOpen.setText(getTranslation(o.closed() ? "indicator.occasion.reopen" : "indicator.occasion.close"));
        results.show(indicators.results(o.id()));
    }

    void save() {
        if (!form.validate()) {
            return;
        }
        try {
            show(indicators.updateOccasion(occasion.id(), occasion.version(), form.draft()));
            Notifications.success(getTranslation("indicator.occasion.saved"));
        } catch (InvalidInputException e) {
            form.errors.show(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.concurrent-edit"));
        }
    }

    void issue() {
        if (!codeErrors.validate()) {
            return;
        }
        try {
            IndicatorService.IssuedCodes issued = indicators.issueCodes(occasion.id(), codeGroup.getValue(),
                    codeCount.getValue());
            codes.removeAll();
            String url = answerUrl();
            byte[] pdf = CodeListPdf.render(issued, url, footer);
            codes.add(new Paragraph(getTranslation("indicator.codes.issued", issued.codes().size(),
                    issued.group().label())));
            Div list = new Div();
            list.addClassName("indicator-codes");
            issued.codes().forEach(c -> {
                Div code = new Div(c);
                code.addClassName("one-time-password");
                list.add(code);
            });
            codes.add(list, new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(pdf), "svarskoder-" + occasion.from() + ".pdf", "application/pdf",
                    pdf.length)), getTranslation("indicator.codes.pdf")));
            show(indicators.occasion(occasion.id()));
        } catch (InvalidInputException e) {
            codeErrors.show(e);
        }
    }

    void publishNow() {
        var published = indicators.publish(occasion.id());
        Notifications.success(getTranslation("report.published", published.getVersionNo()));
    }

    private void toggleClosed() {
        try {
            show(indicators.setClosed(occasion.id(), occasion.version(), !occasion.closed()));
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.concurrent-edit"));
        }
    }

    /** The public answer page's address as the respondents reach this server. */
    private static String answerUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/indikatorer/svara";
        }
        var http = ((com.vaadin.flow.server.VaadinServletRequest) request).getHttpServletRequest();
        String port = http.getServerPort() == 80 || http.getServerPort() == 443 ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/indikatorer/svara";
    }

    @Override
    public String getPageTitle() {
        return occasion == null ? getTranslation("menu.indicators") : occasion.name();
    }
}
