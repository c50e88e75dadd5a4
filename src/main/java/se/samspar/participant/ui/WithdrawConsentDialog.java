package se.samspar.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.enrolment.Enrolment;
import se.samspar.participant.PersonService;

/** Records withdrawn consent, after saying plainly what it does: it cannot be undone. */
class WithdrawConsentDialog extends Dialog {

    final DatePicker date = Fields.datePicker(getTranslation("consent.withdrawn-date"));
    final Button confirm = new Button(getTranslation("participant.action.withdraw-consent"));

    WithdrawConsentDialog(PersonService persons, Enrolment enrolment, LocalDate today, Runnable onDone) {
        setHeaderTitle(getTranslation("participant.action.withdraw-consent"));
        setWidth("min(32rem, 95vw)");
        date.setValue(today);
        FormErrors errors = new FormErrors().field("consentWithdrawnDate", date);
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            if (date.isEmpty()) {
                errors.show(new InvalidInputException("consentWithdrawnDate", "error.required"));
                return;
            }
            if (errors.save(() -> persons.withdrawConsent(enrolment.getId(), enrolment.getVersion(), date.getValue()))) {
                Notifications.success(getTranslation("consent.withdrawn"));
                close();
                onDone.run();
            }
        });
        add(new Paragraph(getTranslation("consent.explanation")), date);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
