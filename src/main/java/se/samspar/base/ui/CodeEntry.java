package se.samspar.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * The pages answered with a one-time code and no login (the questionnaire tablet, the indicator
 * surveys) start alike: a code field, a large start button that Enter presses, a large send
 * button; and they slow down guessed codes by the request's address.
 */
public final class CodeEntry {

    private CodeEntry() {
    }

    /** The code field: room for "ABCD-EFGH" typed with spaces, no autocomplete (a shared device). */
    public static void codeField(TextField code) {
        code.setAutofocus(true);
        code.setMaxLength(12);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
    }

    /** The start button (Enter presses it) and the send button, large and primary. */
    public static void buttons(Button start, Runnable open, Button send, Runnable submit) {
        start.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        start.addClickShortcut(Key.ENTER);
        start.addClickListener(e -> open.run());
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.addClickListener(e -> submit.run());
    }

    /** The device's address, for slowing down guessed codes; never stored with answers. */
    public static @Nullable String address() {
        var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
