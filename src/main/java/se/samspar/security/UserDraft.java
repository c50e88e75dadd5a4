package se.samspar.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.base.Role;

/** What an administrator enters for a user; the password is never part of it. */
public record UserDraft(String username, String fullName, @Nullable String email,
                        Set<Role> roles, Set<Long> programmeIds) {

    public UserDraft {
        username = username == null ? "" : username.strip().toLowerCase();
        fullName = java.util.Objects.requireNonNullElse(se.samspar.base.TextInput.stripped(fullName), "");
        email = email == null || email.isBlank() ? null : email.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        programmeIds = programmeIds == null ? Set.of() : Set.copyOf(programmeIds);
    }
}
