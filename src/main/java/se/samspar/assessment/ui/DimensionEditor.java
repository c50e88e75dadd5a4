package se.samspar.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.base.ui.FormErrors;

/**
 * One dimension ("område") of the template editor: its name, its scale as the lowest value and
 * the number of steps, and a short description of every step. The code that ties the scores of
 * the versions together is kept from the version opened; a new dimension gets one from its name
 * when saved.
 */
class DimensionEditor extends Div {

    final TextField label = new TextField();
    final Select<Integer> lowest = new Select<>();
    final Select<Integer> steps = new Select<>();
    final List<TextField> descriptions = new ArrayList<>();
    final Button up = tertiary(VaadinIcon.ARROW_UP, "assessment.template.up");
    final Button down = tertiary(VaadinIcon.ARROW_DOWN, "assessment.template.down");
    final Button remove = tertiary(VaadinIcon.TRASH, "assessment.template.remove-dimension");
    private final Div scale = new Div();
    private final @Nullable String code;

    DimensionEditor(AssessmentTemplate.@Nullable TemplateDimension d) {
        AssessmentTemplate.TemplateDimension shown = d != null ? d
                : new AssessmentTemplate.TemplateDimension(null, "", AssessmentTemplate.defaultScale());
        code = d == null ? null : d.code();
        addClassName("dimension-editor");
        label.setLabel(getTranslation("assessment.template.dimension"));
        label.setValue(shown.label());
        label.setMaxLength(AssessmentTemplate.LABEL_MAX);
        label.setWidth("20rem");
        lowest.setLabel(getTranslation("assessment.template.lowest"));
        lowest.setItems(0, 1);
        lowest.setValue(Math.min(1, Math.max(0, shown.min())));
        lowest.setWidth("8rem");
        steps.setLabel(getTranslation("assessment.template.steps"));
        steps.setWidth("8rem");
        fillSteps(shown.scale().size());
        shown.scale().forEach(s -> descriptions.add(description(s.description())));
        relabel();
        lowest.addValueChangeListener(e -> {
            fillSteps(steps.getValue());
            relabel();
        });
        steps.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                resize(e.getValue());
            }
        });
        HorizontalLayout head = new HorizontalLayout(label, lowest, steps, up, down, remove);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        scale.addClassName("dimension-scale");
        add(head, scale);
        redrawScale();
    }

    /** The most steps the lowest value allows (values go up to {@link AssessmentTemplate#MAX_VALUE}). */
    private void fillSteps(@Nullable Integer wanted) {
        int max = AssessmentTemplate.MAX_VALUE - lowest.getValue() + 1;
        steps.setItems(IntStream.rangeClosed(2, max).boxed().toList());
        steps.setValue(Math.max(2, Math.min(max, wanted == null ? 5 : wanted)));
    }

    private void resize(int n) {
        while (descriptions.size() < n) {
            descriptions.add(description(""));
        }
        while (descriptions.size() > n) {
            descriptions.removeLast();
        }
        relabel();
        redrawScale();
    }

    private TextField description(String text) {
        TextField f = new TextField();
        f.setValue(text == null ? "" : text);
        f.setMaxLength(AssessmentTemplate.DESCRIPTION_MAX);
        f.setWidth("10.5rem");
        return f;
    }

    /** Each description is labelled with the value it describes. */
    private void relabel() {
        for (int j = 0; j < descriptions.size(); j++) {
            descriptions.get(j).setLabel(getTranslation("assessment.template.value", lowest.getValue() + j));
        }
    }

    private void redrawScale() {
        scale.removeAll();
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        descriptions.forEach(row::add);
        scale.add(row);
    }

    /** Where the service's problems about dimension {@code i} are shown. */
    void register(FormErrors errors, int i) {
        errors.field("dimension." + i + ".label", label).field("dimension." + i + ".code", label)
                .field("dimension." + i + ".scale", steps);
        for (int j = 0; j < descriptions.size(); j++) {
            errors.field("dimension." + i + ".step." + j, descriptions.get(j));
        }
    }

    /** The code kept from the version opened, null for a new dimension. */
    @Nullable String code() {
        return code;
    }

    AssessmentTemplate.TemplateDimension dimension(String code) {
        List<AssessmentTemplate.ScaleStep> s = new ArrayList<>();
        for (int j = 0; j < descriptions.size(); j++) {
            s.add(new AssessmentTemplate.ScaleStep(lowest.getValue() + j, descriptions.get(j).getValue().strip()));
        }
        return new AssessmentTemplate.TemplateDimension(code, label.getValue().strip(), s);
    }

    private Button tertiary(VaadinIcon icon, String ariaKey) {
        Button b = new Button(icon.create());
        b.setAriaLabel(getTranslation(ariaKey));
        b.setTooltipText(getTranslation(ariaKey));
        b.addThemeVariants(ButtonVariant.TERTIARY);
        return b;
    }
}
