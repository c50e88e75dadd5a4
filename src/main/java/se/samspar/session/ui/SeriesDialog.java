package se.samspar.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.session.Group;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SeriesPlan;
import se.samspar.base.ui.TextLimits;

/**
 * "N weeks on these weekdays at this time" or "N pass with new intake at pass k". Shows what the
 * series would create before it is saved; a double booking asks for a reason to book anyway.
 */
class SeriesDialog extends Dialog {

    enum Kind { WEEKS, PASSES }

    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>(getTranslation("series.kind"));
    final DatePicker firstDay = Fields.datePicker(getTranslation("series.first-day"));
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>(getTranslation("series.weekdays"));
    final TimePicker start = SessionFormat.timePicker(getTranslation("series.start"));
    final TimePicker end = SessionFormat.timePicker(getTranslation("series.end"));
    final IntegerField weeks = Fields.integerField(getTranslation("series.weeks"));
    final IntegerField count = Fields.integerField(getTranslation("series.count"));
    final IntegerField intakeAt = Fields.integerField(getTranslation("series.intake-at"));
    final Checkbox skipHolidays = new Checkbox(getTranslation("series.skip-holidays"), true);
    final TextArea overrideReason = new TextArea(getTranslation("series.override-reason"));
    final Paragraph preview = new Paragraph();
    final Button save = new Button(getTranslation("series.create"));

    SeriesDialog(GroupService groups, Group group, Runnable onSaved) {
        setHeaderTitle(getTranslation("series.title", group.getName()));
        setWidth("min(48rem, 95vw)");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("series.kind." + k.name()));
        kind.setValue(Kind.WEEKS);
        weekdays.setItems(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        weekdays.setItemLabelGenerator(SessionFormat::weekday);
        firstDay.setValue(group.getStartDate());
        start.setValue(LocalTime.of(9, 0));
        end.setValue(LocalTime.of(12, 0));
        weeks.setValue(4);
        intakeAt.setHelperText(getTranslation("series.intake-at.help"));
        skipHolidays.setTooltipText(getTranslation("series.skip-holidays.help"));
        TextLimits.limit(overrideReason, GroupSession.REASON_MAX);
        overrideReason.setVisible(false);
        preview.addClassName("series-preview");
        showFor(kind.getValue());
        kind.addValueChangeListener(e -> {
            showFor(e.getValue());
            updatePreview();
        });
        for (com.vaadin.flow.component.HasValue<?, ?> field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(firstDay, weekdays, start, end, weeks, count, intakeAt, skipHolidays)) {
            field.addValueChangeListener(e -> updatePreview());
        }

        FormErrors errors = new FormErrors().required("firstDay", firstDay)
                .check("weekdays", weekdays, () -> weekdays.isEmpty() ? java.util.Optional.of("session.error.no-weekdays")
                        : java.util.Optional.empty())
                .required("start", start).required("end", end).required("weeks", weeks).required("count", count)
                .field("intakeAt", intakeAt).field("overrideReason", overrideReason);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> errors.save(() -> {
            try {
                List<GroupSession> created = groups.generateSeries(group.getId(), plan(), overrideReason.getValue());
                close();
                se.samspar.base.ui.Notifications.success(getTranslation("series.created", created.size()));
                onSaved.run();
            } catch (InvalidInputException ex) {
                overrideReason.setVisible(overrideReason.isVisible() || isConflict(ex));
                throw ex;
            }
        }));

        FormLayout form = new FormLayout(kind, firstDay, start, end, weeks, count, intakeAt, skipHolidays);
        form.setColspan(kind, 2);
        form.add(weekdays, 2);
        form.add(preview, 2);
        form.add(overrideReason, 2);
        add(form);
        updatePreview();
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** A double booking, which the coordinator may override with a reason. */
    static boolean isConflict(InvalidInputException e) {
        return e.messageKey().startsWith("session.error.conflict.");
    }

    SeriesPlan plan() {
        boolean byWeeks = kind.getValue() != Kind.PASSES;
        return new SeriesPlan(firstDay.getValue(), weekdays.getValue(), start.getValue(), end.getValue(),
                byWeeks ? weeks.getValue() : null, byWeeks ? null : count.getValue(),
                byWeeks ? null : intakeAt.getValue(), skipHolidays.getValue());
    }

    private void showFor(Kind k) {
        weeks.setVisible(k != Kind.PASSES);
        count.setVisible(k == Kind.PASSES);
        intakeAt.setVisible(k == Kind.PASSES);
    }

    /** What the series would create: "8 tillfällen, mån 7 september – tors 1 oktober". */
    private void updatePreview() {
        SeriesPlan plan = plan();
        if (plan.problem().isPresent()) {
            preview.setText(getTranslation("series.preview.incomplete"));
            return;
        }
        List<SeriesPlan.Planned> planned = plan.sessions();
        preview.setText(planned.isEmpty() ? getTranslation("session.error.no-sessions")
                : getTranslation("series.preview", planned.size(), SessionFormat.dayMonth(planned.getFirst().date()),
                        SessionFormat.dayMonth(planned.getLast().date())));
    }
}
