package se.samspar.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Collection;
import java.util.function.Consumer;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Notifications;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;

/** Creates a programme with the same form the programme page uses. */
class NewProgrammeDialog extends Dialog {

    final ProgrammeForm form;
    final Button save = new Button(getTranslation("action.save"));

    NewProgrammeDialog(ProgrammeService service, Collection<String> municipalities, Consumer<Programme> onSaved) {
        setHeaderTitle(getTranslation("programme.new"));
        setWidth("min(56rem, 95vw)");
        form = new ProgrammeForm(service::isNameTaken, municipalities);
        form.edit(new Programme());
        add(form);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> form.validatedProgramme().ifPresent(p -> {
            try {
                Programme saved = service.save(p);
                Notifications.success(getTranslation("programme.saved", saved.getName()));
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException ex) {
                form.showError(ex);
            }
        }));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
