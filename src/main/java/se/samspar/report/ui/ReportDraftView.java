package se.samspar.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.Background;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.base.ui.PdfPreview;
import se.samspar.questionnaire.QuestionnaireFigures;
import se.samspar.report.DraftContent;
import se.samspar.report.Period;
import se.samspar.report.PublishedReport;
import se.samspar.report.ReportDraft;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportPdf;
import se.samspar.report.ReportService;

/**
 * Writing a report: kind, period and comparison, the free-text sections, the questionnaire
 * comments to quote, place, date and signature; saved to finish later, previewed as the PDF in
 * the page (the coordinator's full version or the board's), and published to the board's archive.
 */
@Route("rapporter/:draftId")
@RolesAllowed(Role.SAMORDNARE_NAME)
public class ReportDraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Select<ReportKind> kind = new Select<>();
    final DatePicker from = Fields.datePicker(getTranslation("report.from"));
    final DatePicker to = Fields.datePicker(getTranslation("report.to"));
    final Checkbox compare = new Checkbox(getTranslation("report.compare"));
    final TextArea purpose = section("purpose");
    final TextArea resultComment = section("result-comment");
    final TextArea methodDevelopment = section("method");
    final TextArea groupWork = section("group-work");
    final TextArea challenges = section("challenges");
    final TextArea comments = section("comments");
    final CheckboxGroup<String> quotes = new CheckboxGroup<>(getTranslation("report.quotes"));
    final TextField place = new TextField(getTranslation("report.place"));
    final DatePicker signedOn = Fields.datePicker(getTranslation("report.signed-on"));
    final TextField signature = new TextField(getTranslation("report.signature"));
    final Button save = new Button(getTranslation("report.save"));
    final Button preview = new Button(getTranslation("report.preview"));
    final Button previewBoard = new Button(getTranslation("report.preview.board"));
    final Button publish = new Button(getTranslation("report.publish"));
    final Button delete = new Button(getTranslation("report.delete"));
    final PdfPreview pdfPreview = new PdfPreview();
    final Span status = new Span();

    private final ReportService reports;
    private final AuditService audit;
    private final FormErrors errors;
    /** The last background work, done or not (tests wait for it). */
    java.util.concurrent.CompletableFuture<?> pending = java.util.concurrent.CompletableFuture.completedFuture(null);
    private @Nullable ReportDraft draft;
    private String title = "";

    ReportDraftView(ReportService reports, AuditService audit) {
        this.reports = reports;
        this.audit = audit;
        addClassName("report-draft-view");
        kind.setLabel(getTranslation("report.kind"));
        kind.setItems(ReportKind.PROGRAMME_REPORTS);
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.translationKey()));
        quotes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        quotes.setHelperText(getTranslation("report.quotes.help"));
        place.setHelperText(getTranslation("report.place.help"));
        signature.setHelperText(getTranslation("report.signature.help"));
        errors = new FormErrors().field("kind", kind).field("from", from).field("to", to).field("purpose", purpose)
                .field("resultComment", resultComment).field("methodDevelopment", methodDevelopment)
                .field("groupWork", groupWork).field("challenges", challenges).field("comments", comments)
                .field("quotes", quotes).field("place", place).field("signature", signature);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (store()) {
                Notifications.success(getTranslation("report.saved"));
            }
        });
        preview.addClickListener(e -> showPreview(false));
        previewBoard.addClickListener(e -> showPreview(true));
        publish.addThemeVariants(ButtonVariant.SUCCESS);
        publish.addClickListener(e -> confirmPublish());
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(e -> confirmDelete());
    }

    private TextArea section(String name) {
        TextArea area = new TextArea(getTranslation("report.section." + name));
        area.setHelperText(getTranslation("report.section.max", DraftContent.SECTION_MAX));
        area.setWidthFull();
        area.setMinRows(3);
        return area;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(reports.draft(Long.parseLong(event.getRouteParameters().get("draftId").orElse(""))));
        } catch (AccessDeniedException e) {
            // Another programme's draft: recorded, and shown as not found.
            audit.recordRead(AuditAction.REFUSED, null, null, "rapporter/" + event.getRouteParameters().get("draftId").orElse(""));
            event.rerouteToError(NotFoundException.class);
        } catch (NumberFormatException | InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void load(ReportDraft d) {
        draft = d;
        String programmeName = reports.programmes().stream().filter(p -> p.getId() == d.getProgrammeId())
                .findFirst().map(p -> p.getName()).orElse("");
        title = programmeName + " – " + ReportPdf.periodText(new Period(d.getFrom(), d.getTo()));
        DraftContent c = d.content();
        kind.setValue(c.kind());
        from.setValue(c.from());
        to.setValue(c.to());
        compare.setValue(c.comparePrevious());
        purpose.setValue(text(c.texts().purpose()));
        resultComment.setValue(text(c.texts().resultComment()));
        methodDevelopment.setValue(text(c.texts().methodDevelopment()));
        groupWork.setValue(text(c.texts().groupWork()));
        challenges.setValue(text(c.texts().challenges()));
        comments.setValue(text(c.texts().comments()));
        Set<String> quotable = new LinkedHashSet<>(c.quotes());
        for (QuestionnaireFigures.TextResult t : reports.quotable(d.getProgrammeId(), c.from(), c.to())) {
            quotable.addAll(t.answers());
        }
        quotes.setItems(quotable);
        quotes.setValue(new LinkedHashSet<>(c.quotes()));
        place.setValue(text(c.place()));
        signedOn.setValue(c.signedOn());
        signature.setValue(text(c.signature()));
        updateStatus();
        draw();
    }

    private void draw() {
        removeAll();
        pdfPreview.hide();
        FormLayout period = new FormLayout(kind, from, to, compare);
        period.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 4));
        FormLayout sign = new FormLayout(place, signedOn, signature);
        sign.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        Paragraph quotesNone = new Paragraph(getTranslation("report.quotes.none"));
        quotesNone.setVisible(quotes.getListDataView().getItemCount() == 0);
        HorizontalLayout actions = new HorizontalLayout(save, preview, previewBoard, publish, delete);
        actions.setWrap(true);
        add(new H2(title), status, period, purpose, resultComment, new H3(getTranslation("report.quotes.title")),
                quotes, quotesNone, groupWork, methodDevelopment, challenges, comments, sign, actions, pdfPreview);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    DraftContent content() {
        List<String> picked = new ArrayList<>();
        // In the order the comments are listed, not the order they were ticked.
        quotes.getListDataView().getItems().filter(quotes.getValue()::contains).forEach(picked::add);
        return new DraftContent(kind.getValue(), from.getValue(), to.getValue(), compare.getValue(),
                new DraftContent.Texts(orNull(purpose.getValue()), orNull(resultComment.getValue()),
                        orNull(methodDevelopment.getValue()), orNull(groupWork.getValue()),
                        orNull(challenges.getValue()), orNull(comments.getValue())),
                picked, orNull(place.getValue()), signedOn.getValue(), orNull(signature.getValue()));
    }

    /** Saves what is in the form; a broken rule is shown at its field. Returns whether it saved. */
    boolean store() {
        List<com.vaadin.flow.component.HasValidation> fields = List.of(kind, from, to, purpose, resultComment,
                methodDevelopment, groupWork, challenges, comments, place, signature);
        fields.forEach(f -> f.setInvalid(false));
        quotes.setInvalid(false);
        if (draft == null) {
            return false;
        }
        if (from.isInvalid() || to.isInvalid() || signedOn.isInvalid()) {
            return false;
        }
        ReportDraft[] saved = new ReportDraft[1];
        DraftContent content = content();
        if (!errors.save(() -> saved[0] = reports.saveDraft(draft.getId(), draft.getVersion(), content))) {
            return false;
        }
        boolean periodChanged = !saved[0].getFrom().equals(draft.getFrom()) || !saved[0].getTo().equals(draft.getTo());
        draft = saved[0];
        if (periodChanged) {
            load(draft); // other comments to quote, another title
        } else {
            updateStatus();
        }
        return true;
    }

    private void updateStatus() {
        if (draft == null) {
            return;
        }
        status.setText(draft.getPublishedVersion() == null ? getTranslation("report.state.draft")
                : getTranslation(draft.isChangedSincePublish() ? "report.state.changed" : "report.state.published",
                draft.getPublishedVersion()));
    }

    void showPreview(boolean boardVersion) {
        if (!store()) {
            return;
        }
        long id = draft.getId();
        getUI().ifPresent(ui -> pending = Background.run(ui, () -> reports.preview(id, boardVersion),
                pdfPreview.progress(), pdf -> pdfPreview.show(pdf, (boardVersion ? "styrelsen-" : "") + "rapport-"
                        + draft.getFrom() + ".pdf"), this::failed));
    }

    private void confirmPublish() {
        if (store()) {
            PdfPreview.confirmPublish(reports.privacyThreshold(), this::publishNow);
        }
    }

    void publishNow() {
        long id = draft.getId();
        long version = draft.getVersion();
        getUI().ifPresent(ui -> pending = Background.run(ui, () -> reports.publish(id, version), pdfPreview.progress(),
                (PublishedReport r) -> {
                    Notifications.success(getTranslation("report.published", r.getVersionNo()));
                    draft = reports.draft(id);
                    updateStatus();
                }, this::failed));
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("report.delete.title"));
        confirm.setText(getTranslation("report.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("report.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            reports.deleteDraft(draft.getId());
            getUI().ifPresent(ui -> ui.navigate(ReportListView.class));
        });
        confirm.open();
    }

    private void failed(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            errors.show(invalid);
        } else if (e instanceof ObjectOptimisticLockingFailureException) {
            Notifications.error(getTranslation("error.concurrent-edit"));
        } else {
            throw e;
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("menu.reports") : title;
    }
}
