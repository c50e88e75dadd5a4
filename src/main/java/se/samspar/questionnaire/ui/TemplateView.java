package se.samspar.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.questionnaire.Item;
import se.samspar.questionnaire.Purpose;
import se.samspar.questionnaire.QuestionnaireService;
import se.samspar.questionnaire.Versioning;

/**
 * The coordinator edits a programme's questionnaire: statements on the scale 1–6 and free-text
 * questions, in order. Once anyone has answered, saving creates a new version.
 */
@Route("enkatmallar")
@Menu(order = 9, title = "menu.questionnaire-templates", icon = "vaadin:clipboard-check")
@RolesAllowed(Role.SAMORDNARE_NAME)
public class TemplateView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Select<Programme> programme = new Select<>();
    final Select<Purpose> purpose = new Select<>();
    final Div rows = new Div();
    final Paragraph versionInfo = new Paragraph();
    final Button save = new Button(getTranslation("action.save"));
    final List<ItemRow> items = new ArrayList<>();
    private final QuestionnaireService questionnaires;
    private QuestionnaireService.Template template;

    /** One editable item. */
    final class ItemRow extends HorizontalLayout {
        final Select<Item.Kind> kind = new Select<>();
        final TextField text = new TextField();
        final Checkbox comment = new Checkbox(getTranslation("questionnaire.template.comment"));
        final Checkbox required = new Checkbox(getTranslation("questionnaire.template.required"));

        ItemRow(Item item) {
            kind.setItems(Item.Kind.values());
            kind.setItemLabelGenerator(k -> getTranslation("questionnaire.kind." + k.name()));
            kind.setValue(item.kind());
            kind.setAriaLabel(getTranslation("questionnaire.template.kind"));
            kind.setWidth("11rem");
            text.setValue(item.text());
            text.setMaxLength(Item.TEXT_MAX);
            text.setAriaLabel(getTranslation("questionnaire.template.text"));
            comment.setValue(item.commentAllowed());
            comment.setVisible(item.kind() == Item.Kind.SCALE);
            required.setValue(item.required());
            kind.addValueChangeListener(e -> comment.setVisible(e.getValue() == Item.Kind.SCALE));
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
            up.setAriaLabel(getTranslation("questionnaire.template.up"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));
            down.setAriaLabel(getTranslation("questionnaire.template.down"));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                items.remove(this);
                redraw();
            });
            remove.setAriaLabel(getTranslation("questionnaire.template.remove"));
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.TERTIARY);
            }
            add(kind, text, comment, required, up, down, remove);
            expand(text);
            setAlignItems(FlexComponent.Alignment.CENTER);
            setWidthFull();
        }

        Item item() {
            return new Item(kind.getValue(), text.getValue(), comment.getValue(), required.getValue());
        }
    }

    TemplateView(QuestionnaireService questionnaires, ProgrammeService programmes, CurrentUser currentUser) {
        this.questionnaires = questionnaires;
        addClassName("list-view");
        List<Programme> own = Pickers.setUp(programme, purpose, programmes, currentUser);
        programme.addValueChangeListener(e -> load());
        purpose.addValueChangeListener(e -> load());
        Button addScale = new Button(getTranslation("questionnaire.template.add-scale"), VaadinIcon.PLUS.create(), e -> {
            items.add(new ItemRow(Item.scale("")));
            redraw();
        });
        Button addText = new Button(getTranslation("questionnaire.template.add-text"), VaadinIcon.PLUS.create(), e -> {
            items.add(new ItemRow(Item.freeText("")));
            redraw();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        rows.addClassName("template-items");
        HorizontalLayout filters = new HorizontalLayout(programme, purpose);
        add(filters, versionInfo, rows, new HorizontalLayout(addScale, addText), new HorizontalLayout(save));
        if (own.isEmpty()) {
            add(new Paragraph(getTranslation("group.no-programmes")));
        } else {
            programme.setValue(own.getFirst());
        }
    }

    /** Every visit shows the template as saved now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        if (programme.isEmpty() || purpose.isEmpty()) {
            return;
        }
        template = questionnaires.template(programme.getValue().getId(), purpose.getValue());
        items.clear();
        template.items().forEach(i -> items.add(new ItemRow(i)));
        List<QuestionnaireService.Template> versions = questionnaires.versions(programme.getValue().getId(),
                purpose.getValue());
        versionInfo.setText(getTranslation("questionnaire.template.version", template.versionNo())
                + (versions.size() > 1 ? " " + getTranslation("questionnaire.template.earlier", versions.stream()
                .skip(1).map(t -> Integer.toString(t.versionNo())).collect(Collectors.joining(", "))) : ""));
        redraw();
    }

    private void move(ItemRow row, int step) {
        int i = items.indexOf(row);
        int j = i + step;
        if (j >= 0 && j < items.size()) {
            items.set(i, items.get(j));
            items.set(j, row);
            redraw();
        }
    }

    private void redraw() {
        rows.removeAll();
        items.forEach(rows::add);
    }

    private void save() {
        // Every faulty question is marked at once, at its text.
        FormErrors errors = new FormErrors();
        for (int i = 0; i < items.size(); i++) {
            errors.field("item-" + i, items.get(i).text);
        }
        errors.clear();
        try {
            Versioning.Outcome outcome = questionnaires.saveTemplate(programme.getValue().getId(), purpose.getValue(),
                    template.id(), items.stream().map(ItemRow::item).toList());
            Notifications.success(getTranslation("questionnaire.template.saved." + outcome.name()));
            load();
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.concurrent-edit"));
            load();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.questionnaire-templates");
    }
}
