package se.samspar.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import se.samspar.assessment.AssessmentDue;

/** The texts the participant page's section and the reminders share. */
final class AssessmentTexts {

    private AssessmentTexts() {
    }

    /** "Startbedömning senast 2026-12-10", or that it is overdue. */
    static String due(Component c, AssessmentDue.Due d) {
        String key = switch (d.what()) {
            case START -> d.overdue() ? "assessment.due.start-overdue" : "assessment.due.start";
            case FOLLOW_UP -> d.overdue() ? "assessment.due.follow-up-overdue" : "assessment.due.follow-up";
        };
        return c.getTranslation(key, d.dueOn().toString());
    }

    /** For tests: each line of the component's lists as shown. */
    static List<String> lines(Component c) {
        List<String> texts = new ArrayList<>();
        c.getChildren().filter(UnorderedList.class::isInstance).forEach(l -> l.getChildren()
                .forEach(item -> texts.add(item.getElement().getTextRecursively())));
        return texts;
    }
}
