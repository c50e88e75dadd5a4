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
import com.vaadin.flow.component.HasValidation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
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

    private final Group group;
    private final LocalDate today;
    private final List<HasValidation> planFields;

    SeriesDialog(GroupService groups, Group group, LocalDate today, Runnable onSaved) {
        this.group = group;
        this.today = today;
        this.planFields = List.of(firstDay, weekdays, start, end, weeks, count, intakeAt);
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
            // A message from the last try goes once the plan changes; one still true is shown again.
            field.addValueChangeListener(e -> {
                clearErrors();
                updatePreview();
            });
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

    private void clearErrors() {
        planFields.forEach(f -> f.setInvalid(false));
    }

    /**
     * What the series would create: "Serien ger 8 tillfällen, från mån 7 september till tors 1
     * oktober. Hoppar över en helgdag: tors 14 maj." A series outside the group's dates is marked
     * at once on the field that puts it there.
     */
    private void updatePreview() {
        SeriesPlan plan = plan();
        if (plan.problem().isPresent()) {
            preview.setText(getTranslation("series.preview.incomplete"));
            return;
        }
        List<SeriesPlan.Planned> planned = plan.sessions();
        if (planned.isEmpty()) {
            preview.setText(getTranslation("session.error.no-sessions"));
            return;
        }
        String text = getTranslation("series.preview", planned.size(), day(planned.getFirst().date()),
                day(planned.getLast().date()));
        List<LocalDate> skipped = plan.skippedHolidays();
        if (!skipped.isEmpty()) {
            text += " " + getTranslation("series.preview.skipped", skipped.size(),
                    skipped.stream().map(this::day).collect(Collectors.joining(", ")));
        }
        preview.setText(text);
        plan.outsideGroup(group.getStartDate(), group.getEndDate()).ifPresent(field -> {
            HasValidation f = field.equals("firstDay") ? firstDay : field.equals("weeks") ? weeks : count;
            f.setErrorMessage(getTranslation("session.error.outside-group", group.getStartDate().toString(),
                    group.getEndDate() == null ? "–" : group.getEndDate().toString()));
            f.setInvalid(true);
        });
    }

    /** "mån 7 september", with the year when it is not this year. */
    private String day(LocalDate date) {
        return SessionFormat.dayMonth(date, today);
    }
}
