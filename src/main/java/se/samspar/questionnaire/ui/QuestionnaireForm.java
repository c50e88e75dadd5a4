package se.samspar.questionnaire.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import se.samspar.base.InvalidInputException;
import se.samspar.questionnaire.Answer;
import se.samspar.questionnaire.Item;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.TextLimits;

/**
 * The questions of one template, for staff and for the tablet alike: statements with the scale
 * 1–6 and an optional comment, and free-text questions. A refused answer is shown at its item.
 */
class QuestionnaireForm extends Composite<Div> {

    final List<RadioButtonGroup<Integer>> scales = new ArrayList<>();
    final List<TextArea> texts = new ArrayList<>();
    private final List<Item> items;
    private final FormErrors errors = new FormErrors();

    QuestionnaireForm(List<Item> items) {
        this.items = items;
        getContent().addClassName("questionnaire-form");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Div block = new Div();
            block.addClassName("questionnaire-item");
            Span number = new Span((i + 1) + ". " + item.text());
            number.addClassName("questionnaire-question");
            block.add(number);
            RadioButtonGroup<Integer> scale = new RadioButtonGroup<>();
            TextArea text = new TextArea();
            TextLimits.limit(text, Item.ANSWER_MAX);
            text.setWidthFull();
            if (item.kind() == Item.Kind.SCALE) {
                scale.setItems(IntStream.rangeClosed(1, 6).boxed().toList());
                scale.setAriaLabel(item.text());
                scale.setHelperText(getTranslation("questionnaire.scale.help"));
                scale.addClassName("questionnaire-scale");
                block.add(scale);
                text.setLabel(getTranslation("questionnaire.comment"));
                text.setVisible(item.commentAllowed());
            } else {
                scale.setVisible(false);
                text.setAriaLabel(item.text());
            }
            block.add(text);
            scales.add(scale);
            texts.add(text);
            errors.field("item-" + i, item.kind() == Item.Kind.SCALE ? scale : text).field("item-" + i + "-comment", text);
            errors.clears(scale, text);
            getContent().add(block);
        }
    }

    List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Integer scale = items.get(i).kind() == Item.Kind.SCALE ? scales.get(i).getValue() : null;
            answers.add(new Answer(scale, texts.get(i).getValue()));
        }
        return answers;
    }

    /**
     * Checks every answer, marking each question left unanswered or wrongly answered at once;
     * true when all may be sent.
     */
    boolean validate() {
        errors.clear();
        List<Answer.Problem> problems = Answer.checkAll(items, answers());
        if (problems.isEmpty()) {
            return true;
        }
        errors.show(new InvalidInputException(problems.stream()
                .map(p -> new InvalidInputException.Problem(p.field(), p.key())).toList()));
        return false;
    }

    /** Shows a refusal at its items; returns false when it names none (the code, say). */
    boolean show(InvalidInputException e) {
        errors.clear();
        if (e.problems().stream().noneMatch(p -> p.field().startsWith("item-"))) {
            return false;
        }
        errors.show(e);
        return true;
    }
}
