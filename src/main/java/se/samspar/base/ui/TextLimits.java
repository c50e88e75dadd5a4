package se.samspar.base.ui;

import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Shows a text field's length limit at the field, from the same constant the service checks with
 * {@link se.samspar.base.TextInput}: the browser stops typing at the limit (maxlength) and the
 * helper text says where it is, so that pasting a long text is not cut without a word.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** Sets the field's maxlength and adds "Högst N tecken." to its helper text. */
    public static <F extends TextFieldBase<F, String>> F limit(F field, int max) {
        field.getElement().setProperty("maxlength", max);
        String limit = I18NProvider.translate("field.max-length", max);
        String helper = field.getHelperText();
        if (helper == null || helper.isBlank()) {
            field.setHelperText(limit);
        } else {
            // "Telefon eller e-post. Högst 200 tecken.", not "Telefon eller e-post Högst 200 tecken."
            String h = helper.strip();
            field.setHelperText(h + (h.matches(".*[.!?:]$") ? " " : ". ") + limit);
        }
        return field;
    }
}
