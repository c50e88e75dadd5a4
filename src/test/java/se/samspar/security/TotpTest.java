package se.samspar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 key and the expected eight-digit codes. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codes_match_the_test_vectors_of_rfc_6238() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), 8, "HmacSHA1")).isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), 8, "HmacSHA1")).isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)), 8, "HmacSHA1")).isEqualTo("89005924");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)), 8, "HmacSHA1")).isEqualTo("65353130");
    }

    @Test
    void base32_round_trips_and_matches_rfc_4648() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.unbase32(secret))).isEqualTo(secret);
    }

    @Test
    void a_code_is_accepted_one_step_either_side_and_not_further() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1234567890);
        String current = Totp.code(RFC_KEY, Totp.step(now), 6, "HmacSHA1");
        String previous = Totp.code(RFC_KEY, Totp.step(now) - 1, 6, "HmacSHA1");
        String old = Totp.code(RFC_KEY, Totp.step(now) - 3, 6, "HmacSHA1");
        assertThat(Totp.matchingStep(secret, current, now)).hasValue(Totp.step(now));
        assertThat(Totp.matchingStep(secret, previous, now)).hasValue(Totp.step(now) - 1);
        assertThat(Totp.matchingStep(secret, old, now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12a456", now)).isEmpty();
    }

    @Test
    void the_uri_names_the_issuer_and_account_for_the_app() {
        assertThat(Totp.uri("Samspår", "admin", "ABC"))
                .isEqualTo("otpauth://totp/Samsp%C3%A5r:admin?secret=ABC&issuer=Samsp%C3%A5r&algorithm=SHA1&digits=6&period=30");
    }
}
