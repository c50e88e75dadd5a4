package se.samspar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void a_long_uncommon_pass_phrase_is_accepted() {
        assertThat(policy.check("Blåbär i Vänersborg på tisdag", "fia")).isEmpty();
    }

    @Test
    void short_passwords_are_refused() {
        assertThat(policy.check("Kort&Gott1!", "fia")).contains("password.error.too-short");
    }

    @Test
    void very_long_passwords_are_refused() {
        assertThat(policy.check("a".repeat(64) + "b".repeat(65), "fia")).contains("password.error.too-long");
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(policy.check("1qaz2wsx3edc", "fia")).contains("password.error.common");
        assertThat(policy.check("QWERTY123456", "fia")).contains("password.error.common");
        assertThat(policy.check("Lösenord1234", "fia")).contains("password.error.common");
        assertThat(policy.check("aaaaaaaaaaaaaaaa", "fia")).contains("password.error.common");
    }

    @Test
    void the_user_name_may_not_be_part_of_it() {
        assertThat(policy.check("fiaflode-hemligt-2026", "FiaFlode")).contains("password.error.contains-username");
    }

    @Test
    void season_month_or_place_and_a_year_is_refused_however_long_and_mixed() {
        // The classic Swedish spraying pattern: a season or month, a year, a few signs.
        for (String sprayed : List.of("Sommar2024!!", "Sommaren2025!", "Hösten2026!!", "Hosten2026!!",
                "Vinter2023??", "Januari2026!!", "December2025#", "Måndag12345!", "Vänersborg2024!", "Mellerud2025!!",
                "Midsommar2024", "Lösenord2025!")) {
            assertThat(policy.check(sprayed, "fia").orElse("accepted")).as(sprayed).isIn("password.error.guessable",
                    "password.error.common");
        }
    }

    @Test
    void the_forbunds_own_name_and_municipalities_from_the_settings_count_as_guessable() {
        String local = "Trollåsen2025!";
        List<String> settings = List.of("Samordningsförbundet Trollåsen", "Trollåsen", "Nordby");
        assertThat(policy.check(local, "fia")).as("unknown elsewhere").isEmpty();
        assertThat(policy.check(local, "fia", settings)).contains("password.error.guessable");
        assertThat(policy.check("Trollasen2025!", "fia", settings)).as("also typed without å")
                .contains("password.error.guessable");
    }

    @Test
    void pass_phrases_of_unrelated_words_pass_the_estimator() {
        for (String phrase : List.of("Blåbär, korvbröd och QX1F4Z", "Mitt nya långa lösenord", "Schemalagd-rapport-2025",
                "grävling paraply kastrull", "Cykla till Dalsland i regnet")) {
            assertThat(policy.check(phrase, "fia")).as(phrase).isEmpty();
        }
    }
}
