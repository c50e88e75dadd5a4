package se.samspar.participant.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.ArrayList;
import java.util.List;
import se.samspar.participant.Kon;

/** Drives the participant views as a user would, for tests in other packages. */
public final class ParticipantViews {

    private ParticipantViews() {
    }

    /** Fills in "Ny deltagare" with a personnummer and saves; returns the number field's error. */
    public static String registerInDialog(SpringBrowserlessTest t, String pnr, String first, String last) {
        NewParticipantDialog dialog = open(t);
        t.test(dialog.personnummer).setValue(pnr);
        t.test(dialog.firstName).setValue(first);
        t.test(dialog.lastName).setValue(last);
        t.test(dialog.save).click();
        return dialog.personnummer.isInvalid() ? dialog.personnummer.getErrorMessage() : "";
    }

    public static void registerAnonymousInDialog(SpringBrowserlessTest t, Kon kon, int birthYear) {
        NewParticipantDialog dialog = open(t);
        t.test(dialog.anonymous).click();
        t.test(dialog.kon).selectItem(kon == Kon.KVINNA ? "Kvinna" : "Man");
        t.test(dialog.birthYear).setValue(birthYear);
        t.test(dialog.save).click();
    }

    /** The names in the list's first page. */
    public static List<String> visibleNames(SpringBrowserlessTest t) {
        ParticipantListView view = t.navigate(ParticipantListView.class);
        var grid = t.test(view.grid);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            names.add(grid.getCellText(i, 0));
        }
        return names;
    }

    private static NewParticipantDialog open(SpringBrowserlessTest t) {
        ParticipantListView view = t.navigate(ParticipantListView.class);
        t.test(view.create).click();
        return t.$(NewParticipantDialog.class).single();
    }
}
