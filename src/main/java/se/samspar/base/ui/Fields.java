package se.samspar.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;

/** Field factories with the app's Swedish conventions (ISO dates, week starting on Monday). */
public final class Fields {

    private Fields() {
    }

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
                "augusti", "september", "oktober", "november", "december"));
        i18n.setWeekdays(List.of("söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"));
        i18n.setWeekdaysShort(List.of("sö", "må", "ti", "on", "to", "fr", "lö"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Idag");
        i18n.setCancel("Avbryt");
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        picker.setPlaceholder("ÅÅÅÅ-MM-DD");
        return picker;
    }

    /**
     * A whole-number field. Its range is checked by the form's own rule, which says in Swedish
     * what is wrong; the field itself only refuses what is not a number.
     */
    public static IntegerField integerField(String label) {
        IntegerField field = new IntegerField(label);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(I18NProvider.translate("error.not-a-whole-number")));
        return field;
    }
}
