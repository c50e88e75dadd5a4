package se.samspar.security;

import static org.assertj.core.api.Assertions.assertThat;

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
}
