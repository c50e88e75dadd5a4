package se.samspar.assessment.ui;

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
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.samspar.assessment.AssessmentDue;
import se.samspar.assessment.AssessmentService;
import se.samspar.base.CurrentUser;
import se.samspar.base.ui.MyParticipantsSection;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;

/** "Bedömning att göra" on "Mina deltagare": whose start or follow-up assessment is due, linked to their page. */
@Component
class AssessmentReminders implements MyParticipantsSection {

    private final AssessmentService service;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    AssessmentReminders(AssessmentService service, ProgrammeService programmes, CurrentUser currentUser) {
        this.service = service;
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!currentUser.isStaff()) {
            return Optional.empty();
        }
        List<AssessmentService.Reminder> due = service.dueForMyParticipants();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> names = programmes.visibleProgrammes().stream()
                .collect(Collectors.toMap(Programme::getId, Programme::getName));
        return Optional.of(new Box(due, names, service.startWeeks(), service.followUpWeeks()));
    }

    /** The box itself: a title with the count, what it means, and one linked row per participant. */
    static final class Box extends Div {

        final List<Anchor> links = new ArrayList<>();

        Box(List<AssessmentService.Reminder> due, Map<Long, String> programmeNames, int startWeeks, int followUpWeeks) {
            addClassName("early-warning");
            addClassName("assessment-reminders");
            H3 title = new H3();
            title.add(VaadinIcon.CLIPBOARD_CHECK.create(), new Span(getTranslation("assessment.reminders.title",
                    due.size())));
            Paragraph help = new Paragraph(getTranslation("assessment.reminders.help", startWeeks, followUpWeeks));
            help.addClassName("early-warning-help");
            UnorderedList list = new UnorderedList();
            for (AssessmentService.Reminder r : due) {
                Anchor link = new Anchor("deltagare/" + r.personId(), r.anonymous()
                        ? getTranslation("participant.anonymous-row", getTranslation(r.kon().translationKey()),
                                String.valueOf(r.birthYear()))
                        : (r.firstName() + " " + r.lastName()).strip());
                links.add(link);
                ListItem item = new ListItem(link);
                String programme = programmeNames.get(r.programmeId());
                if (programme != null) {
                    item.add(new Span(" · " + programme));
                }
                item.add(new Span(" – " + text(r.due())));
                list.add(item);
            }
            add(title, help, list);
        }

        private String text(AssessmentDue.Due d) {
            return AssessmentTexts.due(this, d);
        }

        List<String> texts() {
            return AssessmentTexts.lines(this);
        }
    }
}
