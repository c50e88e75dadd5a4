package se.samspar.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.base.ui.Rules;
import se.samspar.programme.PlaceAllocation;
import se.samspar.programme.PlaceKind;
import se.samspar.programme.ProgrammeRules;
import se.samspar.programme.ProgrammeService;

/** Adds or changes the places of one kind for a period. */
class PlacesDialog extends Dialog {

    final Select<PlaceKind> kind = new Select<>();
    final TextField label = new TextField(getTranslation("places.label"));
    final IntegerField places = Fields.integerField(getTranslation("places.places"));
    final DatePicker validFrom = Fields.datePicker(getTranslation("places.valid-from"));
    final DatePicker validTo = Fields.datePicker(getTranslation("places.valid-to"));
    final Button save = new Button(getTranslation("action.save"));
    final Button delete = new Button(getTranslation("action.delete"));

    PlacesDialog(ProgrammeService service, PlaceAllocation allocation, Runnable onChange) {
        setHeaderTitle(getTranslation(allocation.isNew() ? "places.add" : "places.edit"));
        kind.setLabel(getTranslation("places.kind"));
        kind.setItems(PlaceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        label.setMaxLength(PlaceAllocation.LABEL_MAX);
        label.setHelperText(getTranslation("places.label.help"));
        places.setRequiredIndicatorVisible(true);
        validFrom.setRequiredIndicatorVisible(true);

        Binder<PlaceAllocation> binder = new Binder<>();
        binder.forField(kind).asRequired(getTranslation("error.required"))
                .bind(PlaceAllocation::getKind, PlaceAllocation::setKind);
        binder.forField(label).withValidator(Rules.of(l -> ProgrammeRules.checkLabel(kind.getValue(), l)))
                .bind(PlaceAllocation::getLabel, PlaceAllocation::setLabel);
        binder.forField(places).withValidator(Rules.of(ProgrammeRules::checkPlaces))
                .bind(PlaceAllocation::getPlaces, PlaceAllocation::setPlaces);
        binder.forField(validFrom).asRequired(getTranslation("error.required"))
                .bind(PlaceAllocation::getValidFrom, PlaceAllocation::setValidFrom);
        binder.forField(validTo).withValidator(Rules.of(to -> ProgrammeRules.checkPeriod(validFrom.getValue(), to)))
                .bind(PlaceAllocation::getValidTo, PlaceAllocation::setValidTo);
        binder.readBean(allocation);
        label.setVisible(kind.getValue() == PlaceKind.OTHER);
        kind.addValueChangeListener(e -> label.setVisible(e.getValue() == PlaceKind.OTHER));

        FormErrors errors = new FormErrors().field("places", places).field("label", label)
                .field("validFrom", validFrom).field("validTo", validTo);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                binder.writeBean(allocation);
                service.savePlaces(allocation);
                onChange.run();
                close();
            } catch (ValidationException ex) {
                // the fields show what is wrong
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (ObjectOptimisticLockingFailureException ex) {
                Notifications.error(getTranslation("error.concurrent-edit"));
            }
        });
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setVisible(!allocation.isNew());
        delete.addClickListener(e -> {
            service.deletePlaces(allocation);
            onChange.run();
            close();
        });

        FormLayout form = new FormLayout(kind, label, places, validFrom, validTo);
        add(form);
        getFooter().add(delete, new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
