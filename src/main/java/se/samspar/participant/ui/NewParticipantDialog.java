package se.samspar.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentRules;
import se.samspar.participant.Kon;
import se.samspar.participant.Person;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.participant.Personnummer;
import se.samspar.programme.Programme;
import se.samspar.base.ui.TextLimits;

/**
 * Registers a participant and the referral to one of the user's programmes in one step. The
 * anonymous choice (no consent, or skyddade personuppgifter) is made here, in the same form.
 */
class NewParticipantDialog extends Dialog {

    final Checkbox anonymous = new Checkbox(getTranslation("participant.anonymous"));
    final TextField personnummer = new TextField(getTranslation("participant.personnummer"));
    final TextField firstName = new TextField(getTranslation("participant.first-name"));
    final TextField lastName = new TextField(getTranslation("participant.last-name"));
    final Select<Kon> kon = new Select<>();
    final IntegerField birthYear = Fields.integerField(getTranslation("participant.birth-year"));
    final ComboBox<String> kommun;
    final Select<Programme> programme = new Select<>();
    final DatePicker referralDate = Fields.datePicker(getTranslation("participant.referral-date"));
    final Select<String> partner = new Select<>();
    final TextField handlaggareName = new TextField(getTranslation("participant.handlaggare"));
    final TextField handlaggareContact = new TextField(getTranslation("participant.handlaggare-contact"));
    final TextArea ageOverrideReason = new TextArea(getTranslation("start.age-override-reason"));
    final Button save = new Button(getTranslation("action.save"));

    NewParticipantDialog(PersonService persons, List<Programme> programmes, List<String> municipalities,
                         Map<String, String> partners, LocalDate today, java.util.function.LongConsumer onSaved) {
        setHeaderTitle(getTranslation("participant.new"));
        kommun = KommunField.create(getTranslation("participant.kommun"), municipalities, null);
        setWidth("min(44rem, 95vw)");
        anonymous.setHelperText(getTranslation("participant.anonymous.help"));
        personnummer.setMaxLength(Personnummer.INPUT_MAX);
        personnummer.setPlaceholder("ÅÅÅÅMMDD-NNNN");
        personnummer.setRequiredIndicatorVisible(true);
        TextLimits.limit(firstName, Person.NAME_MAX);
        firstName.setRequiredIndicatorVisible(true);
        TextLimits.limit(lastName, Person.NAME_MAX);
        lastName.setRequiredIndicatorVisible(true);
        kon.setLabel(getTranslation("participant.kon"));
        kon.setItems(Kon.values());
        kon.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        programme.setLabel(getTranslation("participant.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(Programme::getName);
        programme.setRequiredIndicatorVisible(true);
        if (programmes.size() == 1) {
            programme.setValue(programmes.getFirst());
        }
        referralDate.setValue(today);
        referralDate.setRequiredIndicatorVisible(true);
        partner.setLabel(getTranslation("participant.partner"));
        partner.setItems(partners.keySet());
        partner.setItemLabelGenerator(c -> c == null ? "" : partners.get(c));
        partner.setEmptySelectionAllowed(true);
        TextLimits.limit(handlaggareName, Enrolment.NAME_MAX);
        handlaggareContact.setHelperText(getTranslation("participant.handlaggare-contact.help"));
        TextLimits.limit(handlaggareContact, Enrolment.CONTACT_MAX);
        TextLimits.limit(ageOverrideReason, EnrolmentRules.REASON_MAX);
        ageOverrideReason.setVisible(false);
        showFieldsFor(false);
        anonymous.addValueChangeListener(e -> showFieldsFor(e.getValue()));

        FormErrors errors = new FormErrors()
                .required("personnummer", personnummer)
                .check("personnummer", personnummer, () -> personnummer.isVisible() && !personnummer.isEmpty()
                        ? Personnummer.problem(personnummer.getValue(), today) : java.util.Optional.empty())
                .required("firstName", firstName).required("lastName", lastName)
                .required("kon", kon).required("birthYear", birthYear)
                .field("kommun", kommun).required("programmeId", programme).required("referralDate", referralDate)
                .check("referralDate", referralDate, () -> referralDate.isEmpty() ? java.util.Optional.empty()
                        : EnrolmentRules.checkReferralDate(referralDate.getValue(), today))
                .field("ageOverrideReason", ageOverrideReason).field("handlaggareName", handlaggareName)
                .field("handlaggareContact", handlaggareContact);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> errors.save(() -> {
            PersonDraft person = anonymous.getValue()
                    ? new PersonDraft(true, null, null, null, kon.getValue(), birthYear.getValue(), kommun.getValue(),
                            null, null, null)
                    : new PersonDraft(false, personnummer.getValue(), firstName.getValue(), lastName.getValue(), null,
                            null, kommun.getValue(), null, null, null);
            EnrolmentDraft referral = new EnrolmentDraft(programme.getValue().getId(), referralDate.getValue(),
                    partner.getValue(), handlaggareName.getValue(), handlaggareContact.getValue(), null, null, null,
                    null, null, null, false, null, Set.of(), null, null, ageOverrideReason.getValue());
            try {
                PersonService.Registration r = persons.registerAndRefer(person, referral);
                Notifications.success(getTranslation(r.existed() ? "participant.referred-existing" : "participant.saved"));
                close();
                onSaved.accept(r.personId());
            } catch (InvalidInputException ex) {
                if (ex.concerns("ageOverrideReason")) {
                    ageOverrideReason.setVisible(true);
                }
                throw ex;
            }
        }));

        FormLayout form = new FormLayout(anonymous, personnummer, firstName, lastName, kon, birthYear, kommun, programme,
                referralDate, partner, handlaggareName, handlaggareContact);
        form.setColspan(anonymous, 2);
        form.add(ageOverrideReason, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showFieldsFor(boolean isAnonymous) {
        personnummer.setVisible(!isAnonymous);
        firstName.setVisible(!isAnonymous);
        lastName.setVisible(!isAnonymous);
        kon.setVisible(isAnonymous);
        birthYear.setVisible(isAnonymous);
        if (isAnonymous) {
            // Nothing identifying may stay behind in a hidden field.
            personnummer.clear();
            firstName.clear();
            lastName.clear();
        }
    }
}
