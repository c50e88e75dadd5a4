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
        field.setHelperText(helper == null || helper.isBlank() ? limit : helper + " " + limit);
        return field;
    }
}
