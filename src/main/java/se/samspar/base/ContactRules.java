package se.samspar.base;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks of contact details shared by users and participants. */
public final class ContactRules {

    /** The longest e-mail address there is (RFC 5321). */
    public static final int EMAIL_MAX = 254;
    // Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactRules() {
    }

    /** An empty address is allowed; a written one must look like an address. */
    public static Optional<String> checkEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String e = email.strip();
        if (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches()) {
            return Optional.of("user.error.email-format");
        }
        return Optional.empty();
    }
}
