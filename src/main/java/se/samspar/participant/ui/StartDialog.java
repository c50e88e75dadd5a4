package se.samspar.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.samspar.base.CodeLists;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.codelist.CodeListService;
import se.samspar.enrolment.Decision;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentRules;
import se.samspar.enrolment.StartData;
import se.samspar.participant.PersonService;
import se.samspar.security.UserService.StaffMember;
import se.samspar.base.ui.TextLimits;

/**
 * The decision on a referral and, for an accepted participant, the start: contact persons,
 * consent and the start data. A reason field appears when a rule asks for one (age outside the
 * limits, all places taken).
 */
class StartDialog extends Dialog {

    final Select<Decision> decision = new Select<>();
    final TextArea decisionReason = new TextArea(getTranslation("start.decision-reason"));
    final DatePicker startDate = Fields.datePicker(getTranslation("start.start-date"));
    final Select<StaffMember> contact1 = new Select<>();
    final Select<StaffMember> contact2 = new Select<>();
    final DatePicker consentDate = Fields.datePicker(getTranslation("start.consent-date"));
    final Checkbox consentWritten = new Checkbox(getTranslation("start.consent-written"));
    final Select<String> education = new Select<>();
    final CheckboxGroup<String> support = new CheckboxGroup<>(getTranslation("start.support"));
    final IntegerField years = Fields.integerField(getTranslation("start.years-in-support"));
    final TextArea overBudgetReason = new TextArea(getTranslation("start.over-budget-reason"));
    final TextArea ageOverrideReason = new TextArea(getTranslation("start.age-override-reason"));
    final Button save = new Button(getTranslation("action.save"));

    StartDialog(PersonService persons, long personId, Enrolment enrolment, List<StaffMember> staff,
                CodeListService codes, Runnable onSaved) {
        setHeaderTitle(getTranslation("participant.action.decide"));
        setWidth("min(48rem, 95vw)");
        decision.setLabel(getTranslation("start.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
        decision.setValue(Decision.ANTAGEN);
        TextLimits.limit(decisionReason, EnrolmentRules.REASON_MAX);
        contact1.setLabel(getTranslation("start.contact1"));
        contact2.setLabel(getTranslation("start.contact2"));
        for (Select<StaffMember> c : List.of(contact1, contact2)) {
            c.setItems(staff);
            c.setItemLabelGenerator(m -> m == null ? "" : m.fullName()); // null: the empty choice
            c.setEmptySelectionAllowed(true);
        }
        Map<String, String> educations = codes.activeValues(CodeLists.EDUCATION);
        education.setLabel(getTranslation("start.education"));
        education.setItems(educations.keySet());
        education.setItemLabelGenerator(c -> c == null ? "" : educations.get(c));
        education.setEmptySelectionAllowed(true);
        Map<String, String> supports = codes.activeValues(CodeLists.SUPPORT);
        support.setItems(supports.keySet());
        support.setItemLabelGenerator(supports::get);
        support.setHelperText(getTranslation("start.support.help"));
        TextLimits.limit(overBudgetReason, EnrolmentRules.REASON_MAX);
        TextLimits.limit(ageOverrideReason, EnrolmentRules.REASON_MAX);
        overBudgetReason.setVisible(false);
        ageOverrideReason.setVisible(false);
        showFor(decision.getValue());
        decision.addValueChangeListener(e -> showFor(e.getValue()));
        startDate.addValueChangeListener(e -> {
            if (consentDate.isEmpty()) {
                consentDate.setValue(e.getValue());
            }
        });

        FormErrors errors = new FormErrors().field("decisionReason", decisionReason).field("startDate", startDate)
                .field("contactPerson1Id", contact1).field("yearsInSupport", years)
                .field("overBudgetReason", overBudgetReason).field("ageOverrideReason", ageOverrideReason)
                .field("decision", decision);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (decision.isEmpty()) {
                errors.show(new InvalidInputException("decision", "error.required"));
                return;
            }
            boolean starts = decision.getValue() == Decision.ANTAGEN;
            StartData data = new StartData(decision.getValue(), decisionReason.getValue(),
                    starts ? startDate.getValue() : null,
                    contact1.isEmpty() ? null : contact1.getValue().id(),
                    contact2.isEmpty() ? null : contact2.getValue().id(),
                    starts ? consentDate.getValue() : null, starts && consentWritten.getValue(),
                    starts ? education.getValue() : null, starts ? support.getValue() : java.util.Set.of(),
                    starts ? years.getValue() : null, overBudgetReason.getValue(), ageOverrideReason.getValue());
            try {
                persons.decide(personId, enrolment.getId(), enrolment.getVersion(), data);
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                if (ex.field().equals("overBudgetReason")) {
                    overBudgetReason.setVisible(true);
                }
                if (ex.field().equals("ageOverrideReason")) {
                    ageOverrideReason.setVisible(true);
                }
                errors.show(ex);
            } catch (ObjectOptimisticLockingFailureException ex) {
                Notifications.error(getTranslation("error.concurrent-edit"));
            }
        });

        FormLayout form = new FormLayout(decision, decisionReason, startDate, consentDate, contact1, contact2,
                consentWritten, education, years);
        form.add(support, 2);
        form.add(overBudgetReason, 2);
        form.add(ageOverrideReason, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showFor(Decision d) {
        boolean starts = d == Decision.ANTAGEN;
        decisionReason.setVisible(d == Decision.EJ_AKTUELL);
        for (var c : List.of(startDate, consentDate)) {
            c.setVisible(starts);
        }
        contact1.setVisible(starts);
        contact2.setVisible(starts);
        consentWritten.setVisible(starts);
        education.setVisible(starts);
        support.setVisible(starts);
        years.setVisible(starts);
    }
}
