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
import se.samspar.importexport.RegisterExtractService;

/**
 * The registerutdrag for the administrator: find the person by personnummer or anonymous key, then
 * take everything stored about them as a PDF to read or as JSON to move elsewhere.
 */
@Route("registerutdrag")
@Menu(order = 96, title = "menu.register-extract", icon = "vaadin:file-text-o")
@RolesAllowed(Role.ADMIN_NAME)
public class RegisterExtractView extends Main implements HasDynamicTitle {

    final TextField who = new TextField();
    final Paragraph found = new Paragraph();
    final Anchor pdf;
    final Anchor json;
    private final RegisterExtractService extracts;
    private Long personId;

    RegisterExtractView(RegisterExtractService extracts) {
        this.extracts = extracts;
        addClassName("list-view");
        who.setLabel(getTranslation("extract.who"));
        who.setMaxLength(40);
        who.setWidth("22rem");
        Button search = new Button(getTranslation("extract.search"), e -> search());
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        pdf = Downloads.link(getTranslation("extract.pdf"), () -> new Downloads.File(
                "registerutdrag-" + personId + ".pdf", "application/pdf", extracts.pdf(personId)));
        json = Downloads.link(getTranslation("extract.json"), () -> new Downloads.File(
                "registerutdrag-" + personId + ".json", "application/json", extracts.json(personId)));
        HorizontalLayout row = new HorizontalLayout(who, search);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("extract.title")), new Paragraph(getTranslation("extract.help")), row, found,
                new HorizontalLayout(pdf, json));
        show(Optional.empty());
    }

    private void search() {
        Optional<RegisterExtractService.Found> person = extracts.find(who.getValue());
        who.setInvalid(person.isEmpty());
        who.setErrorMessage(getTranslation("extract.not-found"));
        show(person);
    }

    private void show(Optional<RegisterExtractService.Found> person) {
        personId = person.map(RegisterExtractService.Found::id).orElse(null);
        found.setText(person.map(p -> getTranslation("extract.found", p.description())).orElse(""));
        pdf.setVisible(person.isPresent());
        json.setVisible(person.isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("extract.title");
    }
}
