package se.samspar.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * What a chosen password must be (ASVS 2.1): at least 12 characters, at most 128, not one of the
 * commonly used passwords, not the user name. Any characters are allowed, spaces too, so that a
 * pass phrase works.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "/security/common-passwords.txt.gz";

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(load());
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LIST);
            }
            Set<String> words = new HashSet<>(64_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        words.add(line.strip());
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message key of the first broken rule, or empty when the password may be used. */
    public Optional<String> check(@Nullable String password, @Nullable String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("error.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            return Optional.of("password.error.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.contains-username");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("password.error.common");
        }
        return Optional.empty();
    }
}
