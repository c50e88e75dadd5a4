package se.samspar.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void control_and_invisible_characters_are_refused_with_a_swedish_message() {
        // The review's inputs: NUL, BEL, a right-to-left override, a byte order mark, a zero-width space;
        // and their relatives: ESC, DEL, a left-to-right isolate, a word joiner, a soft hyphen, a line separator.
        for (String bad : List.of("Anna\u0000", "An\u0007na", "Anna \u202Efdp.exe", "\uFEFFAnna", "An\u200Bna",
                "An\u001Bna", "An\u007Fna", "An\u2066na", "An\u2060na", "An\u00ADna", "An\u2028na", "An\uE000na")) {
            assertThat(TextInput.problem(bad, 100)).as(bad.codePoints().mapToObj(Integer::toHexString).toList().toString())
                    .contains(TextInput.INVISIBLE);
            assertThatThrownBy(() -> TextInput.required("firstName", bad, 100))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("firstName");
                        assertThat(e.messageKey()).isEqualTo(TextInput.INVISIBLE);
                    });
        }
    }

    @Test
    void a_name_of_only_a_no_break_space_is_blank_and_so_missing() {
        assertThatThrownBy(() -> TextInput.required("lastName", "\u00A0", 100))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.required"));
        assertThat(TextInput.optional("note", " \u2007\u202F\u3000\t\n", 100)).isNull();
    }

    @Test
    void surrounding_spaces_of_any_kind_go_and_ordinary_text_stays_as_written() {
        assertThat(TextInput.required("firstName", "\u00A0 Åsa-Märta \u00A0", 100)).isEqualTo("Åsa-Märta");
        assertThat(TextInput.optional("note", "Rad ett\nrad två\tmed tabb, citat ”så” och 😊", 1000))
                .isEqualTo("Rad ett\nrad två\tmed tabb, citat ”så” och 😊");
        assertThat(TextInput.required("lastName", "Nguyễn Đức", 100)).isEqualTo("Nguyễn Đức");
    }

    @Test
    void too_long_text_is_refused_with_its_limit_never_cut() {
        String tenThousand = "a".repeat(10_000);
        assertThatThrownBy(() -> TextInput.optional("note", tenThousand, 1000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(TextInput.TOO_LONG);
                    assertThat(e.arguments()).containsExactly(1000);
                });
        assertThat(TextInput.problem(tenThousand, 1000)).contains("error.too-long");
        // Characters, not UTF-16 units: 100 emoji fit a 100-character field.
        assertThat(TextInput.optional("note", "😊".repeat(100), 100)).hasSize(200);
    }
}
