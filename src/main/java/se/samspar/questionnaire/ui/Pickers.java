package se.samspar.questionnaire.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import se.samspar.base.CurrentUser;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeKind;
import se.samspar.programme.ProgrammeService;
import se.samspar.questionnaire.Purpose;

/** The programme and questionnaire choices the coordinator's questionnaire pages start with. */
final class Pickers {

    private Pickers() {
    }

    /** Fills the selects: the user's programmes with individual participants, and the exit questionnaire first. */
    static List<Programme> setUp(Select<Programme> programme, Select<Purpose> purpose, ProgrammeService programmes,
                                 CurrentUser currentUser) {
        List<Programme> own = programmes.visibleProgrammes().stream()
                .filter(p -> currentUser.programmeIds().contains(p.getId()) && p.getKind() != ProgrammeKind.HEADCOUNT)
                .toList();
        programme.setLabel(I18NProvider.translate("group.programme"));
        programme.setItems(own);
        programme.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        purpose.setLabel(I18NProvider.translate("questionnaire.purpose"));
        purpose.setItems(Purpose.values());
        purpose.setItemLabelGenerator(p -> I18NProvider.translate(p.translationKey()));
        purpose.setValue(Purpose.EXIT);
        return own;
    }
}
