package se.samspar.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A key figure: a large number with its label below, as on the start and programme pages. */
public final class Figure extends Div {

    private final Span value = new Span();

    public Figure(String number, String label) {
        value.setText(number);
        value.addClassName("figure-value");
        Span text = new Span(label);
        text.addClassName("figure-label");
        add(value, text);
        addClassName("figure");
    }

    public Figure(int number, String label) {
        this(Integer.toString(number), label);
    }

    public String value() {
        return value.getText();
    }
}
