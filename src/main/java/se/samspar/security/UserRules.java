package se.samspar.security;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.samspar.base.ContactRules;
import se.samspar.base.InvalidInputException;

/** What makes a user's details valid; shared by the admin form and the service. */
public final class UserRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private UserRules() {
    }

    public static Optional<String> checkUsername(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return Optional.of("user.error.username-required");
        }
        if (!USERNAME.matcher(username.strip().toLowerCase()).matches()) {
            return Optional.of("user.error.username-format");
        }
        return Optional.empty();
    }

    public static Optional<String> checkFullName(@Nullable String fullName) {
        if (se.samspar.base.TextInput.stripped(fullName) == null) {
            return Optional.of("user.error.name-required");
        }
        return se.samspar.base.TextInput.problem(fullName, AppUser.FULL_NAME_MAX);
    }

    public static Optional<String> checkEmail(@Nullable String email) {
        return ContactRules.checkEmail(email);
    }

    static void validate(UserDraft draft) {
        checkUsername(draft.username()).ifPresent(k -> fail("username", k));
        checkFullName(draft.fullName()).ifPresent(k -> fail("fullName", k));
        checkEmail(draft.email()).ifPresent(k -> fail("email", k));
        if (draft.roles().isEmpty()) {
            fail("roles", "user.error.roles-required");
        }
    }

    private static void fail(String field, String key) {
        throw new InvalidInputException(field, key);
    }
}
