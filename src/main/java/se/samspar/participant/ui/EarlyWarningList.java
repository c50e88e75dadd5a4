package se.samspar.participant.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samspar.participant.EarlyWarningRule;
import se.samspar.participant.EarlyWarningService.Flag;

/**
 * The participants to look after: each one linked to their page, with why (absences in a row, no
 * contact for four weeks). Shown only when someone is flagged.
 */
class EarlyWarningList extends Div {

    final List<Anchor> links = new ArrayList<>();

    /** @param programmeNames when given, each row names the programme (a list across programmes) */
    EarlyWarningList(List<Flag> flags, Map<Long, String> programmeNames) {
        addClassName("early-warning");
        setVisible(!flags.isEmpty());
        if (flags.isEmpty()) {
            return;
        }
        H3 title = new H3();
        title.add(VaadinIcon.WARNING.create(), new Span(getTranslation("warning.title", flags.size())));
        Paragraph help = new Paragraph(getTranslation("warning.help", EarlyWarningRule.ABSENCES_IN_A_ROW,
                EarlyWarningRule.NO_CONTACT_DAYS / 7));
        help.addClassName("early-warning-help");
        UnorderedList list = new UnorderedList();
        for (Flag f : flags) {
            Anchor link = new Anchor("deltagare/" + f.personId(), name(f));
            links.add(link);
            ListItem item = new ListItem(link);
            String programme = programmeNames.get(f.programmeId());
            if (programme != null) {
                item.add(new Span(" · " + programme));
            }
            item.add(new Span(" – " + reasons(f.warning())));
            list.add(item);
        }
        add(title, help, list);
    }

    private String name(Flag f) {
        return f.anonymous() ? getTranslation("participant.anonymous-row", getTranslation(f.kon().translationKey()),
                String.valueOf(f.birthYear())) : (f.firstName() + " " + f.lastName()).strip();
    }

    private String reasons(EarlyWarningRule.Warning w) {
        List<String> parts = new ArrayList<>();
        if (w.absences()) {
            parts.add(getTranslation("warning.absences", w.absencesInARow()));
        }
        if (w.noContact()) {
            parts.add(w.lastContact() == null ? getTranslation("warning.no-contact")
                    : getTranslation("warning.no-contact-since", w.lastContact().toString()));
        }
        return String.join("; ", parts);
    }

    /** For tests: the rows' texts. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        getChildren().filter(UnorderedList.class::isInstance).forEach(l -> l.getChildren()
                .forEach(item -> texts.add(item.getElement().getTextRecursively())));
        return texts;
    }
}
