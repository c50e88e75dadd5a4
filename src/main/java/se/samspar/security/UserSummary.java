package se.samspar.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.base.Role;

/** A user as the administrator's list shows them. */
public record UserSummary(long id, long version, String username, String fullName, @Nullable String email,
                          boolean enabled, Set<Role> roles, Set<Long> programmeIds, boolean secondFactor) {

    static UserSummary of(AppUser u) {
        return new UserSummary(u.getId(), u.getVersion(), u.getUsername(), u.getFullName(), u.getEmail(),
                u.isEnabled(), Set.copyOf(u.getRoles()), Set.copyOf(u.getProgrammeIds()), u.hasSecondFactor());
    }

    public UserDraft toDraft() {
        return new UserDraft(username, fullName, email, roles, programmeIds);
    }
}
