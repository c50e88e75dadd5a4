package se.samspar.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.base.ui.FormErrors;

/** The template editor's ladder: one text per step, step 1 (furthest from work or studies) first. */
class LadderEditor extends Div {

    final List<TextField> steps = new ArrayList<>();
    final Button add = new Button(getTranslation("assessment.template.add-step"), VaadinIcon.PLUS.create());
    private final Div rows = new Div();

    LadderEditor(List<String> ladder) {
        addClassName("ladder-editor");
        ladder.forEach(this::addStep);
        add.addClickListener(e -> {
            addStep("");
            redraw();
        });
        add(rows, add);
        redraw();
    }

    private void addStep(String text) {
        TextField f = new TextField();
        f.setValue(text);
        f.setMaxLength(AssessmentTemplate.DESCRIPTION_MAX);
        f.setWidth("min(36rem, 80vw)");
        steps.add(f);
    }

    private void redraw() {
        rows.removeAll();
        for (int k = 0; k < steps.size(); k++) {
            TextField f = steps.get(k);
            f.setLabel(getTranslation("assessment.template.ladder-step", k + 1));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                steps.remove(f);
                redraw();
            });
            remove.setAriaLabel(getTranslation("assessment.template.remove-step", k + 1));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setEnabled(steps.size() > 2);
            HorizontalLayout row = new HorizontalLayout(f, remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            rows.add(row);
        }
        add.setEnabled(steps.size() < AssessmentTemplate.MAX_STEPS);
    }

    /** Where the service's problems about step {@code k + 1} are shown. */
    void register(FormErrors errors) {
        for (int k = 0; k < steps.size(); k++) {
            errors.field("ladder." + k, steps.get(k));
        }
    }

    List<String> ladder() {
        return steps.stream().map(f -> f.getValue().strip()).toList();
    }
}
