package se.samspar.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.samspar.base.InvalidInputException;
import se.samspar.questionnaire.QuestionnaireService;

/**
 * The tablet: a participant types the code staff gave them, answers the questions in large,
 * plain Swedish, and ends on a thank-you page. No login, no menu, nothing else reachable; the
 * code works once.
 */
@Route(value = "enkat", autoLayout = false)
@AnonymousAllowed
public class KioskView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField code = new TextField(getTranslation("kiosk.code"));
    final Button start = new Button(getTranslation("kiosk.start"));
    final Button send = new Button(getTranslation("kiosk.send"));
    QuestionnaireForm form;
    private final QuestionnaireService questionnaires;

    private long templateId;

    KioskView(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        addClassName("kiosk-view");
        se.samspar.base.ui.CodeEntry.codeField(code);
        se.samspar.base.ui.CodeEntry.buttons(start, this::open, send, this::submit);
    }

    /** Every arrival starts at the code: nothing of an earlier participant stays on the screen. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showCodeEntry();
    }

    private void showCodeEntry() {
        removeAll();
        form = null;
        code.clear();
        code.setInvalid(false);
        add(new H1(getTranslation("kiosk.title")), new Paragraph(getTranslation("kiosk.code.help")), code, start);
    }

    private void open() {
        if (code.getValue().isBlank()) {
            // Nothing typed yet: say so, rather than "the code does not exist".
            code.setErrorMessage(getTranslation("kiosk.code.required"));
            code.setInvalid(true);
            return;
        }
        try {
            var questions = questionnaires.openCode(code.getValue(), address());
            removeAll();
            form = new QuestionnaireForm(questions.items());
            templateId = questions.templateId();
            add(new H1(getTranslation("kiosk.questions")), new Paragraph(getTranslation("kiosk.questions.help")),
                    form, send);
        } catch (InvalidInputException e) {
            code.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            code.setInvalid(true);
        }
    }

    private void submit() {
        if (!form.validate()) {
            return;
        }
        try {
            questionnaires.submitWithCode(code.getValue(), templateId, form.answers(), address());
            removeAll();
            code.clear();
            add(new H1(getTranslation("kiosk.thanks")), new Paragraph(getTranslation("kiosk.thanks.help")),
                    new Button(getTranslation("kiosk.again"), e -> showCodeEntry()));
        } catch (InvalidInputException e) {
            if (!form.show(e)) {
                // The code was used or ran out meanwhile: nothing was stored.
                removeAll();
                add(new H1(getTranslation("kiosk.title")), new Paragraph(getTranslation(e.messageKey())),
                        new Button(getTranslation("kiosk.again"), click -> showCodeEntry()));
            }
        }
    }

    /** The tablet's address, for slowing down guessed codes. */
    private static String address() {
        return se.samspar.base.ui.CodeEntry.address();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title");
    }
}
