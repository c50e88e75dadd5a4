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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samspar.base.CodeLists;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.codelist.CodeListService;
import se.samspar.enrolment.Decision;
import se.samspar.enrolment.DecisionRules;
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

    StartDialog(PersonService persons, long personId, boolean anonymous, Enrolment enrolment, List<StaffMember> staff,
                CodeListService codes, LocalDate today, Runnable onSaved) {
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
            if (consentDate.isEmpty() && e.getValue() != null) {
                consentDate.setValue(e.getValue().isAfter(today) ? today : e.getValue());
            }
        });
        consentDate.setRequiredIndicatorVisible(!anonymous);
        startDate.setRequiredIndicatorVisible(true);
        decision.setRequiredIndicatorVisible(true);

        FormErrors errors = new FormErrors().field("decisionReason", decisionReason).field("startDate", startDate)
                .field("consentGivenDate", consentDate)
                .field("contactPerson1Id", contact1).field("yearsInSupport", years)
                .field("overBudgetReason", overBudgetReason).field("ageOverrideReason", ageOverrideReason)
                .field("decision", decision);
        // The decision's own rules, checked here as the service checks them, so that all show at once.
        errors.check("decision", decision, rule("decision", anonymous, today))
                .check("decisionReason", decisionReason, rule("decisionReason", anonymous, today))
                .check("startDate", startDate, rule("startDate", anonymous, today))
                .check("consentGivenDate", consentDate, rule("consentGivenDate", anonymous, today));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> errors.save(() -> {
            boolean starts = decision.getValue() == Decision.ANTAGEN;
            StartData data = new StartData(decision.getValue(), decisionReason.getValue(),
                    starts ? startDate.getValue() : null,
                    starts && !contact1.isEmpty() ? contact1.getValue().id() : null,
                    starts && !contact2.isEmpty() ? contact2.getValue().id() : null,
                    starts ? consentDate.getValue() : null, starts && consentWritten.getValue(),
                    starts ? education.getValue() : null, starts ? support.getValue() : java.util.Set.of(),
                    starts ? years.getValue() : null, overBudgetReason.getValue(), ageOverrideReason.getValue());
            try {
                persons.decide(personId, enrolment.getId(), enrolment.getVersion(), data);
            } catch (InvalidInputException ex) {
                overBudgetReason.setVisible(overBudgetReason.isVisible() || ex.concerns("overBudgetReason"));
                ageOverrideReason.setVisible(ageOverrideReason.isVisible() || ex.concerns("ageOverrideReason"));
                throw ex;
            }
            Notifications.success(saved(data));
            close();
            onSaved.run();
        }));

        FormLayout form = new FormLayout(decision, decisionReason, startDate, consentDate, contact1, contact2,
                consentWritten, education, years);
        form.add(support, 2);
        form.add(overBudgetReason, 2);
        form.add(ageOverrideReason, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private java.util.function.Supplier<java.util.Optional<String>> rule(String field, boolean anonymous, LocalDate today) {
        // Start and consent are hidden, and not sent, unless the decision is an admission.
        return () -> DecisionRules.check(decision.getValue(), decisionReason.getValue(), startDate.getValue(),
                        decision.getValue() == Decision.ANTAGEN ? consentDate.getValue() : null, anonymous, today).stream()
                .filter(v -> v.field().equals(field)).map(EnrolmentRules.Violation::messageKey).findFirst();
    }

    /** The confirmation: what was decided and, for a start, from when. */
    private String saved(StartData data) {
        String decided = getTranslation(data.decision().translationKey());
        return data.startDate() == null ? getTranslation("start.saved", decided)
                : getTranslation("start.saved-start", decided, data.startDate().toString());
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
