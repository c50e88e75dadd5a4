package se.samspar.base.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a domain rule (a function returning the translation key of what is wrong) into a binder
 * validator with the Swedish message, so that forms and services check exactly the same thing.
 */
public final class Rules {

    private Rules() {
    }

    public static <T> Validator<T> of(Function<T, Optional<String>> rule) {
        return (value, context) -> rule.apply(value)
                .map(key -> ValidationResult.error(I18NProvider.translate(key)))
                .orElse(ValidationResult.ok());
    }
}
