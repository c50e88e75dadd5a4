package se.samspar.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import se.samspar.base.CodeLists;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.codelist.CodeListService;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.enrolment.ExitReasons;
import se.samspar.base.ui.TextLimits;

/** The exit (utregistrering): end date, reasons, occupation and support after, follow-up. */
class ExitDialog extends Dialog {

    final DatePicker endDate = Fields.datePicker(getTranslation("exit.end-date"));
    final CheckboxGroup<String> reasons = new CheckboxGroup<>(getTranslation("exit.reasons"));
    final TextArea otherComment = new TextArea(getTranslation("exit.other-comment"));
    final Select<String> occupation = new Select<>();
    final CheckboxGroup<String> supportAfter = new CheckboxGroup<>(getTranslation("exit.support-after"));
    final Checkbox followUp = new Checkbox(getTranslation("exit.follow-up"));
    final Button save = new Button(getTranslation("participant.action.exit"));

    ExitDialog(EnrolmentService enrolments, Enrolment enrolment, CodeListService codes, Runnable onSaved) {
        setHeaderTitle(getTranslation("participant.action.exit"));
        setWidth("min(48rem, 95vw)");
        endDate.setRequiredIndicatorVisible(true);
        Map<String, String> reasonLabels = codes.activeValues(CodeLists.EXIT_REASON);
        reasons.setItems(reasonLabels.keySet());
        reasons.setItemLabelGenerator(reasonLabels::get);
        reasons.setHelperText(getTranslation("exit.reasons.help"));
        reasons.setRequiredIndicatorVisible(true);
        TextLimits.limit(otherComment, Exit.COMMENT_MAX);
        otherComment.setVisible(false);
        reasons.addValueChangeListener(e -> otherComment.setVisible(e.getValue().contains(ExitReasons.OVRIGT)));
        Map<String, String> occupations = codes.activeValues(CodeLists.OCCUPATION);
        occupation.setLabel(getTranslation("exit.occupation"));
        occupation.setItems(occupations.keySet());
        occupation.setItemLabelGenerator(c -> c == null ? "" : occupations.get(c));
        occupation.setEmptySelectionAllowed(true);
        Map<String, String> supports = codes.activeValues(CodeLists.SUPPORT);
        supportAfter.setItems(supports.keySet());
        supportAfter.setItemLabelGenerator(supports::get);

        FormErrors errors = new FormErrors().field("endDate", endDate).field("reasons", reasons)
                .field("otherComment", otherComment);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (errors.save(() -> enrolments.exit(enrolment.getId(), enrolment.getVersion(), new Exit(
                    endDate.getValue(), reasons.getValue(), otherComment.getValue(), occupation.getValue(),
                    supportAfter.getValue(), followUp.getValue())))) {
                close();
                onSaved.run();
            }
        });
        FormLayout form = new FormLayout(endDate, occupation);
        form.add(reasons, 2);
        form.add(otherComment, 2);
        form.add(supportAfter, 2);
        form.add(followUp, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
