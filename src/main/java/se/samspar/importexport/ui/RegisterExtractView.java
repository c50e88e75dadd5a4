package se.samspar.importexport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import se.samspar.base.Role;
import se.samspar.base.ui.FormErrors;
import se.samspar.importexport.RegisterExtractService;

/**
 * The registerutdrag for the administrator: state why (the person's request, a case number), find
 * the person by personnummer or anonymous key, then take everything stored about them as a PDF to
 * read or as JSON to move elsewhere. The reason goes with every search and extract into the log.
 */
@Route("registerutdrag")
@Menu(order = 96, title = "menu.register-extract", icon = "vaadin:file-text-o")
@RolesAllowed(Role.ADMIN_NAME)
public class RegisterExtractView extends Main implements HasDynamicTitle {

    final TextField reason = new TextField();
    final TextField who = new TextField();
    final Button search = new Button();
    final Paragraph found = new Paragraph();
    final Anchor pdf;
    final Anchor json;
    private final RegisterExtractService extracts;
    private Long personId;
    private String reasonGiven;

    RegisterExtractView(RegisterExtractService extracts) {
        this.extracts = extracts;
        addClassName("list-view");
        reason.setLabel(getTranslation("extract.reason.label"));
        reason.setHelperText(getTranslation("extract.reason.help", RegisterExtractService.REASON_MAX));
        reason.setMaxLength(RegisterExtractService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("36rem");
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        // Another reason is another errand: find the person again under it.
        reason.addValueChangeListener(e -> show(Optional.empty()));
        who.setLabel(getTranslation("extract.who"));
        who.setMaxLength(40);
        who.setWidth("22rem");
        search.setText(getTranslation("extract.search"));
        search.addClickListener(e -> search());
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        pdf = Downloads.link(getTranslation("extract.pdf"), () -> new Downloads.File(
                "registerutdrag-" + personId + ".pdf", "application/pdf", extracts.pdf(personId, reasonGiven)));
        json = Downloads.link(getTranslation("extract.json"), () -> new Downloads.File(
                "registerutdrag-" + personId + ".json", "application/json", extracts.json(personId, reasonGiven)));
        HorizontalLayout row = new HorizontalLayout(who, search);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("extract.title")), new Paragraph(getTranslation("extract.help")), reason, row, found,
                new HorizontalLayout(pdf, json));
        show(Optional.empty());
    }

    private void search() {
        FormErrors errors = new FormErrors()
                .checkThrowing("reason", reason, () -> RegisterExtractService.reason(reason.getValue()))
                .required("who", who);
        if (!errors.validate()) {
            show(Optional.empty());
            return;
        }
        String why = RegisterExtractService.reason(reason.getValue());
        Optional<RegisterExtractService.Found> person = extracts.find(who.getValue(), why);
        who.setInvalid(person.isEmpty());
        who.setErrorMessage(getTranslation("extract.not-found"));
        show(person);
        // The files are made under the reason the person was found with, even if the field changes.
        reasonGiven = why;
    }

    private void show(Optional<RegisterExtractService.Found> person) {
        personId = person.map(RegisterExtractService.Found::id).orElse(null);
        reasonGiven = null;
        found.setText(person.map(p -> getTranslation("extract.found", p.description())).orElse(""));
        pdf.setVisible(person.isPresent());
        json.setVisible(person.isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("extract.title");
    }
}
