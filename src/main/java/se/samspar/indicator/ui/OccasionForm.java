package se.samspar.indicator.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.indicator.Occasion;
import se.samspar.indicator.OccasionDraft;
import se.samspar.indicator.RespondentGroup;

/**
 * An occasion's name, period and, per respondent group, whether it takes part and its base (how
 * many are in the group: the "8" of "7 av 8"). Every wrong field is marked at one press.
 */
class OccasionForm extends Composite<FormLayout> {

    final TextField name = new TextField(getTranslation("indicator.occasion.name"));
    final DatePicker from = Fields.datePicker(getTranslation("indicator.occasion.from"));
    final DatePicker to = Fields.datePicker(getTranslation("indicator.occasion.to"));
    final Span groupsLabel = new Span(getTranslation("indicator.occasion.groups"));
    final Map<RespondentGroup, Checkbox> taking = new EnumMap<>(RespondentGroup.class);
    final Map<RespondentGroup, IntegerField> bases = new EnumMap<>(RespondentGroup.class);
    final FormErrors errors;

    OccasionForm() {
        name.setMaxLength(OccasionDraft.NAME_MAX);
        name.setPlaceholder(getTranslation("indicator.occasion.name.placeholder"));
        errors = new FormErrors().required("name", name).required("from", from).required("to", to)
                .field("groups", new GroupsError());
        getContent().add(name, from, to, groupsLabel);
        getContent().setColspan(name, 2);
        getContent().setColspan(groupsLabel, 2);
        for (RespondentGroup g : RespondentGroup.values()) {
            Checkbox box = new Checkbox(g.label());
            IntegerField base = Fields.integerField(getTranslation("indicator.occasion.base", g.label()));
            // The range is the service's rule, said in Swedish at the field (Fields.integerField).
            base.setHelperText(getTranslation("indicator.occasion.base.help"));
            base.setVisible(false);
            box.addValueChangeListener(e -> base.setVisible(e.getValue()));
            taking.put(g, box);
            bases.put(g, base);
            errors.required("base." + g.name(), base);
            getContent().add(box, base);
        }
    }

    /** The groups' error, shown at the first checkbox (a group of checkboxes has no field of its own). */
    private final class GroupsError implements com.vaadin.flow.component.HasValidation {
        private String message = "";
        private boolean invalid;

        @Override
        public void setErrorMessage(String errorMessage) {
            message = errorMessage == null ? "" : errorMessage;
            groupsLabel.setText(invalid ? message : getTranslation("indicator.occasion.groups"));
        }

        @Override
        public String getErrorMessage() {
            return message;
        }

        @Override
        public void setInvalid(boolean invalid) {
            this.invalid = invalid;
            groupsLabel.setText(invalid ? message : getTranslation("indicator.occasion.groups"));
            groupsLabel.getStyle().set("color", invalid ? "var(--lumo-error-text-color)" : null);
        }

        @Override
        public boolean isInvalid() {
            return invalid;
        }
    }

    OccasionDraft draft() {
        Map<RespondentGroup, Integer> chosen = new EnumMap<>(RespondentGroup.class);
        taking.forEach((g, box) -> {
            if (box.getValue()) {
                chosen.put(g, bases.get(g).getValue());
            }
        });
        return new OccasionDraft(name.getValue(), from.getValue(), to.getValue(), chosen);
    }

    /** The occasion as it is; its groups were chosen at the start and stay. */
    void show(Occasion o) {
        name.setValue(o.name());
        from.setValue(o.from());
        to.setValue(o.to());
        taking.forEach((g, box) -> {
            Optional<Occasion.Group> group = o.group(g);
            box.setValue(group.isPresent());
            box.setReadOnly(true);
            group.ifPresent(x -> bases.get(g).setValue(x.base()));
            box.setVisible(group.isPresent());
        });
    }

    /** Whether the form holds no problem the service would refuse, marking every one (the groups' choice too). */
    boolean validate() {
        boolean ok = errors.validate();
        if (taking.values().stream().noneMatch(Checkbox::getValue)) {
            errors.show(new se.samspar.base.InvalidInputException("groups", "indicator.error.no-groups"));
            ok = false;
        }
        return ok;
    }
}
