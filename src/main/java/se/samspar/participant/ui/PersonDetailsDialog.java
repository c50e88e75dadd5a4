package se.samspar.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import se.samspar.base.ui.FormErrors;
import se.samspar.participant.Person;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.base.ui.TextLimits;

/** An identified person's name, kommun and contact details. */
class PersonDetailsDialog extends Dialog {

    final TextField firstName = new TextField(getTranslation("participant.first-name"));
    final TextField lastName = new TextField(getTranslation("participant.last-name"));
    final ComboBox<String> kommun;
    final TextField phone = new TextField(getTranslation("participant.phone"));
    final EmailField email = new EmailField(getTranslation("participant.email"));
    final TextArea note = new TextArea(getTranslation("participant.note"));
    final Button save = new Button(getTranslation("action.save"));

    PersonDetailsDialog(PersonService persons, Person person, List<String> municipalities, Runnable onSaved) {
        kommun = KommunField.create(getTranslation("participant.kommun"), municipalities, person.getKommun());
        setHeaderTitle(getTranslation("participant.action.edit"));
        setWidth("min(40rem, 95vw)");
        TextLimits.limit(firstName, Person.NAME_MAX);
        TextLimits.limit(lastName, Person.NAME_MAX);
        TextLimits.limit(phone, Person.PHONE_MAX);
        TextLimits.limit(email, Person.EMAIL_MAX);
        note.setHelperText(getTranslation("participant.note.help"));
        TextLimits.limit(note, Person.NOTE_MAX);
        firstName.setValue(nullToEmpty(person.getFirstName()));
        lastName.setValue(nullToEmpty(person.getLastName()));
        phone.setValue(nullToEmpty(person.getPhone()));
        email.setValue(nullToEmpty(person.getEmail()));
        note.setValue(nullToEmpty(person.getNote()));
        FormErrors errors = new FormErrors().field("firstName", firstName).field("lastName", lastName)
                .field("kommun", kommun).field("phone", phone).field("email", email).field("note", note);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (errors.save(() -> persons.updateDetails(person.getId(), person.getVersion(), new PersonDraft(false,
                    null, firstName.getValue(), lastName.getValue(), null, null, kommun.getValue(), phone.getValue(),
                    email.getValue(), note.getValue())))) {
                close();
                onSaved.run();
            }
        });
        FormLayout form = new FormLayout(firstName, lastName, kommun, phone, email);
        form.add(note, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
