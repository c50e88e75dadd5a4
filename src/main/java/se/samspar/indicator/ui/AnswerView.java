package se.samspar.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.CodeEntry;
import se.samspar.indicator.IndicatorService;

/**
 * The answer page: no login, no menu. A respondent types the code from the list (or follows its
 * link, which carries it), answers every indicator on the scale, and ends on a thank-you page;
 * the code works once, and the answers are stored without it.
 */
@Route(value = "indikatorer/svara", autoLayout = false)
@AnonymousAllowed
public class AnswerView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField code = new TextField(getTranslation("indicator.answer.code"));
    final Button start = new Button(getTranslation("indicator.answer.start"));
    final Button send = new Button(getTranslation("indicator.answer.send"));
    final List<RadioButtonGroup<Integer>> questions = new ArrayList<>();
    private final IndicatorService indicators;
    private IndicatorService.AnswerForm form;

    AnswerView(IndicatorService indicators) {
        this.indicators = indicators;
        addClassName("kiosk-view");
        CodeEntry.codeField(code);
        CodeEntry.buttons(start, this::open, send, this::submit);
    }

    /** Every arrival starts at the code; a link's code is filled in and opened at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showCodeEntry();
        event.getLocation().getQueryParameters().getSingleParameter("kod").ifPresent(typed -> {
            code.setValue(typed);
            open();
        });
    }

    private void showCodeEntry() {
        removeAll();
        form = null;
        questions.clear();
        code.clear();
        code.setInvalid(false);
        add(new H1(getTranslation("indicator.answer.title")), new Paragraph(getTranslation("indicator.answer.code.help")),
                code, start);
    }

    void open() {
        if (code.getValue().isBlank()) {
            code.setErrorMessage(getTranslation("indicator.answer.code.required"));
            code.setInvalid(true);
            return;
        }
        try {
            form = indicators.openCode(code.getValue(), address());
            removeAll();
            questions.clear();
            add(new H1(form.occasion() + " – " + form.group().label()), new Paragraph(getTranslation(
                    "indicator.answer.help", form.scale().range(), form.scale().lowLabel(), form.scale().highLabel())));
            for (int i = 0; i < form.questions().size(); i++) {
                RadioButtonGroup<Integer> q = new RadioButtonGroup<>((i + 1) + ". " + form.questions().get(i));
                q.setItems(IntStream.rangeClosed(1, form.scale().steps()).boxed().toList());
                q.setHelperText("1 = " + form.scale().lowLabel() + ", " + form.scale().steps() + " = "
                        + form.scale().highLabel());
                q.setRequiredIndicatorVisible(true);
                q.addClassName("indicator-question");
                questions.add(q);
                add(q);
            }
            add(send);
        } catch (InvalidInputException e) {
            code.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            code.setInvalid(true);
        }
    }

    void submit() {
        List<Integer> answers = questions.stream().map(RadioButtonGroup::getValue).toList();
        boolean complete = true;
        for (RadioButtonGroup<Integer> q : questions) {
            q.setInvalid(q.getValue() == null);
            q.setErrorMessage(q.getValue() == null ? getTranslation("indicator.error.answer-required") : null);
            complete &= q.getValue() != null;
        }
        if (!complete) {
            return;
        }
        try {
            indicators.submit(code.getValue(), form.occasionId(), form.group(), new ArrayList<>(answers), address());
            removeAll();
            code.clear();
            add(new H1(getTranslation("indicator.answer.thanks")), new Paragraph(getTranslation(
                    "indicator.answer.thanks.help")));
        } catch (InvalidInputException e) {
            boolean atQuestion = false;
            for (InvalidInputException.Problem p : e.problems()) {
                if (p.field().startsWith("q")) {
                    RadioButtonGroup<Integer> q = questions.get(Integer.parseInt(p.field().substring(1)));
                    q.setErrorMessage(getTranslation(p.messageKey(), p.arguments()));
                    q.setInvalid(true);
                    atQuestion = true;
                }
            }
            if (!atQuestion) {
                // The code was used, ran out or the occasion closed meanwhile: nothing was stored.
                removeAll();
                add(new H1(getTranslation("indicator.answer.title")), new Paragraph(getTranslation(e.messageKey(),
                        e.arguments())), new Button(getTranslation("indicator.answer.again"), click -> showCodeEntry()));
            }
        }
    }

    /** The respondent's address, for slowing down guessed codes; not stored with the answers. */
    private static String address() {
        return CodeEntry.address();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.answer.title");
    }
}
