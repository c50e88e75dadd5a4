package se.samspar.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A form's broken rules are collected and refused together, one per field. */
class InputProblemsTest {

    @Test
    void every_broken_rule_is_refused_at_once_and_the_first_for_a_field_stands() {
        InputProblems problems = new InputProblems()
                .check("name", Optional.of("error.required"))
                .check("name", Optional.of("error.too-long"))
                .check("email", Optional.empty())
                .run(() -> TextInput.required("city", " ", 10));
        String kept = problems.attempt(() -> TextInput.required("street", "Storgatan", 20));

        assertThat(kept).isEqualTo("Storgatan");
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("name", "city");
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.messageKey()).isEqualTo("error.required");
            assertThat(e.concerns("city")).isTrue();
        });
    }

    @Test
    void nothing_broken_refuses_nothing() {
        new InputProblems().check("name", Optional.empty()).throwIfAny();
    }
}
