package se.samspar.participant.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The kommun field of both participant forms: the förbund's municipalities to pick from, and any
 * other typed in (a participant may live elsewhere).
 */
final class KommunField {

    private KommunField() {
    }

    static ComboBox<String> create(String label, List<String> municipalities, @Nullable String current) {
        ComboBox<String> kommun = new ComboBox<>(label);
        List<String> items = new ArrayList<>(municipalities);
        if (current != null && !current.isBlank() && !items.contains(current)) {
            items.add(current);
        }
        kommun.setItems(items);
        kommun.setAllowCustomValue(true);
        kommun.addCustomValueSetListener(e -> kommun.setValue(e.getDetail()));
        kommun.setClearButtonVisible(true);
        if (current != null && !current.isBlank()) {
            kommun.setValue(current);
        }
        return kommun;
    }
}
