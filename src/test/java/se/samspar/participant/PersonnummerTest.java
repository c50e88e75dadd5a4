package se.samspar.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samspar.base.InvalidInputException;

class PersonnummerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate BORN = LocalDate.of(1985, 4, 17);
    private static final String WOMAN = TestPersonnummer.of(BORN, Kon.KVINNA, 982); // 19850417-982K

    private static String keyOf(String input) {
        try {
            Personnummer.parse(input, TODAY);
            return "valid";
        } catch (InvalidInputException e) {
            assertThat(e.field()).isEqualTo("personnummer");
            return e.messageKey();
        }
    }

    @Test
    void twelve_and_ten_digits_with_or_without_dash_give_the_same_number() {
        String twelve = WOMAN.replace("-", "");
        String ten = twelve.substring(2);
        String tenWithDash = ten.substring(0, 6) + "-" + ten.substring(6);

        for (String input : new String[] {WOMAN, twelve, ten, tenWithDash, "  " + WOMAN + " "}) {
            assertThat(Personnummer.parse(input, TODAY).value()).as(input).isEqualTo(WOMAN);
        }
    }

    @Test
    void birth_date_and_kon_come_from_the_number() {
        Personnummer woman = Personnummer.parse(WOMAN, TODAY);
        Personnummer man = Personnummer.parse(TestPersonnummer.of(BORN, Kon.MAN, 983), TODAY);

        assertThat(woman.birthDate()).isEqualTo(BORN);
        assertThat(woman.kon()).isEqualTo(Kon.KVINNA);
        assertThat(man.kon()).isEqualTo(Kon.MAN);
        assertThat(woman.ageOn(LocalDate.of(2018, 4, 16))).isEqualTo(32);
        assertThat(woman.ageOn(LocalDate.of(2018, 4, 17))).isEqualTo(33);
    }

    @Test
    void a_plus_sign_means_born_more_than_a_hundred_years_ago() {
        String old = TestPersonnummer.of(LocalDate.of(1920, 3, 5), Kon.MAN, 991); // 19200305-991K
        String shortWithPlus = old.substring(2, 8) + "+" + old.substring(9);

        assertThat(Personnummer.parse(shortWithPlus, TODAY).birthDate()).isEqualTo(LocalDate.of(1920, 3, 5));
    }

    @Test
    void a_samordningsnummer_is_accepted_with_its_real_birth_date() {
        String coordination = TestPersonnummer.coordination(BORN, Kon.MAN, 985); // 19850477-985K

        Personnummer p = Personnummer.parse(coordination, TODAY);
        assertThat(p.isCoordinationNumber()).isTrue();
        assertThat(p.birthDate()).isEqualTo(BORN);
    }

    @Test
    void a_wrong_check_digit_is_refused_as_a_checksum_error() {
        int check = WOMAN.charAt(WOMAN.length() - 1) - '0';
        String wrong = WOMAN.substring(0, WOMAN.length() - 1) + ((check + 1) % 10);

        assertThat(keyOf(wrong)).isEqualTo("person.error.pnr-checksum");
    }

    @Test
    void an_impossible_date_is_refused_as_a_date_error() {
        assertThat(keyOf("19851317-9824")).isEqualTo("person.error.pnr-date");
        assertThat(keyOf("19850230-9821")).isEqualTo("person.error.pnr-date");
        assertThat(keyOf("19850291-9821")).isEqualTo("person.error.pnr-date"); // samordningsnummer of 31 Feb
    }

    @Test
    void a_birth_date_after_today_is_refused() {
        String tomorrow = TestPersonnummer.of(TODAY.plusDays(1), Kon.KVINNA, 980);

        assertThat(keyOf(tomorrow)).isEqualTo("person.error.pnr-future");
    }

    @Test
    void other_shapes_are_refused_as_format_errors() {
        assertThat(keyOf("")).isEqualTo("person.error.pnr-format");
        assertThat(keyOf("8504179824x")).isEqualTo("person.error.pnr-format");
        assertThat(keyOf("850417-98")).isEqualTo("person.error.pnr-format");
        assertThat(keyOf("<script>alert(1)</script>")).isEqualTo("person.error.pnr-format");
    }

    @Test
    void lists_show_the_number_masked() {
        assertThat(Personnummer.parse(WOMAN, TODAY).masked()).isEqualTo("19850417-****");
        assertThat(Personnummer.parse(WOMAN, TODAY).toString()).doesNotContain(WOMAN.substring(9));
    }

    @Test
    void the_test_numbers_are_valid_for_the_library_too() {
        assertThat(dev.personnummer.Personnummer.valid(WOMAN)).isTrue();
        assertThat(dev.personnummer.Personnummer.valid("19850417-9820")).isEqualTo(WOMAN.endsWith("0"));
    }
}
