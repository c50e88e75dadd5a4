package se.samspar.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.SwedishTime;
import se.samspar.base.ui.Notifications;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;
import se.samspar.questionnaire.Purpose;
import se.samspar.questionnaire.QuestionnaireService;

/**
 * A participant's questionnaire (the exit questionnaire, or with {@code ?grupp=} a group's
 * evaluation): staff enter the answers, also oral ones, or create a one-time code for the
 * participant to answer alone on a tablet.
 */
@Route("enkat-svar/:enrolmentId")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.PERSONAL_NAME})
public class AnswerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String GROUP = "grupp";

    private final QuestionnaireService questionnaires;
    private final PersonService persons;
    private final AuditService audit;
    private final Clock clock;
    private long enrolmentId;
    private @Nullable Long groupId;
    private Purpose purpose = Purpose.EXIT;
    private String name = "";
    QuestionnaireForm form;
    final Checkbox oral = new Checkbox(getTranslation("questionnaire.oral"));
    final Button save = new Button(getTranslation("questionnaire.save"));
    final Button createCode = new Button(getTranslation("questionnaire.code.create"), VaadinIcon.TABLET.create());
    final Span code = new Span();

    AnswerView(QuestionnaireService questionnaires, PersonService persons, AuditService audit, Clock clock) {
        this.clock = clock;
        this.questionnaires = questionnaires;
        this.persons = persons;
        this.audit = audit;
        addClassName("answer-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            enrolmentId = Long.parseLong(event.getRouteParameters().get("enrolmentId").orElse(""));
            groupId = event.getLocation().getQueryParameters().getSingleParameter(GROUP).map(Long::parseLong).orElse(null);
            purpose = groupId == null ? Purpose.EXIT : Purpose.GROUP;
            List<ParticipantRow> rows = persons.enrolments(List.of(enrolmentId), "enkät");
            if (rows.isEmpty()) {
                // Not an enrolment of the user's programmes (or none at all): recorded, and shown as not found.
                audit.recordRead(AuditAction.REFUSED, null, enrolmentId, "enkat-svar/" + enrolmentId);
                throw new InvalidInputException("enrolmentId", "questionnaire.error.not-found");
            }
            ParticipantRow row = rows.getFirst();
            name = row.anonymous() ? getTranslation("participant.anonymous-title") : row.displayName();
            draw(row);
        } catch (NumberFormatException | InvalidInputException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void draw(ParticipantRow row) {
        removeAll();
        form = null;
        add(new H2(getPageTitle()));
        if (questionnaires.hasAnswered(enrolmentId, purpose, groupId)) {
            add(new Paragraph(getTranslation("questionnaire.already-answered")));
            return;
        }
        var template = questionnaires.template(row.programmeId(), purpose);

        Div tablet = new Div(new H3(getTranslation("questionnaire.code.title")),
                new Paragraph(getTranslation("questionnaire.code.help")), createCode, code);
        tablet.addClassName("code-card");
        code.addClassName("one-time-password");
        code.setVisible(false);
        createCode.addClickListener(e -> {
            try {
                var issued = questionnaires.createCode(enrolmentId, purpose, groupId);
                code.setText(issued.code());
                code.setVisible(true);
                // A code made late in the evening runs out after midnight: "i morgon", not "i dag".
                SwedishTime.Phrase until = SwedishTime.at(issued.expiresAt(), clock);
                tablet.add(new Paragraph(getTranslation("questionnaire.code.valid-until",
                        getTranslation(until.key(), until.args()))),
                        new Anchor("enkat", getTranslation("questionnaire.code.open")));
                createCode.setEnabled(false);
            } catch (InvalidInputException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });

        form = new QuestionnaireForm(template.items());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (!form.validate()) {
                return;
            }
            try {
                questionnaires.answer(enrolmentId, purpose, groupId, template.id(), form.answers(), oral.getValue());
                Notifications.success(getTranslation("questionnaire.saved"));
                draw(row);
            } catch (InvalidInputException ex) {
                if (!form.show(ex)) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
            } catch (ObjectOptimisticLockingFailureException ex) {
                Notifications.error(getTranslation("questionnaire.error.template-changed"));
            }
        });
        add(tablet, new H3(getTranslation("questionnaire.staff.title")), form, oral, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(purpose.translationKey()) + (name.isEmpty() ? "" : " – " + name);
    }
}
