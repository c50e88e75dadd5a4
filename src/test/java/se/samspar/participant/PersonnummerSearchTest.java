package se.samspar.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A personnummer is found however it is typed: 12 or 10 digits, with dash, plus, space or none. */
class PersonnummerSearchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void every_common_form_of_a_number_searches_for_the_stored_form() {
        String stored = TestPersonnummer.of(LocalDate.of(1998, 1, 1), Kon.KVINNA, 980);
        String digits = stored.replace("-", "");
        for (String typed : new String[] {stored, digits, digits.substring(2), stored.substring(2),
                digits.substring(0, 8) + " " + digits.substring(8), " " + stored + " "}) {
            assertThat(PersonService.personnummerOrText(typed, TODAY)).as(typed).isEqualTo(stored);
        }
    }

    @Test
    void a_hundred_year_old_is_found_by_the_plus_and_other_text_is_searched_as_typed() {
        String stored = TestPersonnummer.of(LocalDate.of(1920, 5, 17), Kon.MAN, 981);
        String digits = stored.replace("-", "");
        assertThat(PersonService.personnummerOrText(digits.substring(2, 8) + "+" + digits.substring(8), TODAY))
                .isEqualTo(stored);
        assertThat(PersonService.personnummerOrText("Andersson%", TODAY)).isEqualTo("andersson");
        assertThat(PersonService.personnummerOrText("1998", TODAY)).isEqualTo("1998");
        assertThat(PersonService.personnummerOrText("199801019999", TODAY)).as("a wrong check digit: as typed")
                .isEqualTo("199801019999");
    }
}
