package se.samspar.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.FollowUpContact;
import se.samspar.base.ui.TextLimits;

/** A follow-up contact after the exit: date, how, and a short note. */
class FollowUpDialog extends Dialog {

    final DatePicker date = Fields.datePicker(getTranslation("follow-up.date"));
    final Select<FollowUpContact.Kind> kind = new Select<>();
    final TextArea note = new TextArea(getTranslation("follow-up.note"));
    final Button save = new Button(getTranslation("action.save"));

    FollowUpDialog(EnrolmentService enrolments, Enrolment enrolment, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("participant.action.follow-up"));
        date.setValue(today);
        kind.setLabel(getTranslation("follow-up.kind"));
        kind.setItems(FollowUpContact.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(FollowUpContact.Kind.TELEFON);
        TextLimits.limit(note, FollowUpContact.NOTE_MAX);
        FormErrors errors = new FormErrors().field("contactDate", date).field("kind", kind).field("note", note);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (errors.save(() -> enrolments.addFollowUp(enrolment.getId(), date.getValue(), kind.getValue(),
                    note.getValue()))) {
                close();
                onSaved.run();
            }
        });
        FormLayout form = new FormLayout(date, kind);
        form.add(note, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
