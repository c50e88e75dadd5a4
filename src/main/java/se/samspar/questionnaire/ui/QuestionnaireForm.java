package se.samspar.questionnaire.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import se.samspar.base.InvalidInputException;
import se.samspar.questionnaire.Answer;
import se.samspar.questionnaire.Item;
import se.samspar.base.ui.TextLimits;

/**
 * The questions of one template, for staff and for the tablet alike: statements with the scale
 * 1–6 and an optional comment, and free-text questions. A refused answer is shown at its item.
 */
class QuestionnaireForm extends Composite<Div> {

    final List<RadioButtonGroup<Integer>> scales = new ArrayList<>();
    final List<TextArea> texts = new ArrayList<>();
    private final List<Item> items;

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

    /** Shows the refusal at its item ("item-3"); returns false when it names no item. */
    boolean show(InvalidInputException e) {
        clearErrors();
        @Nullable Integer position = e.field().startsWith("item-") ? Integer.valueOf(e.field().substring(5)) : null;
        if (position == null || position >= items.size()) {
            return false;
        }
        HasValidation field = items.get(position).kind() == Item.Kind.SCALE
                && !e.messageKey().equals("questionnaire.error.answer-too-long") ? scales.get(position) : texts.get(position);
        field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
        field.setInvalid(true);
        return true;
    }

    private void clearErrors() {
        scales.forEach(s -> s.setInvalid(false));
        texts.forEach(t -> t.setInvalid(false));
    }
}
