package se.samspar.security;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;

/**
 * The logged-in user as Spring Security knows them. Programme links are read from the database
 * on each call, so that a change an administrator makes applies at once.
 */
@Component
class SpringCurrentUser implements CurrentUser {

    private final AppUserRepository users;

    SpringCurrentUser(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public String username() {
        Authentication auth = authentication();
        return auth == null ? "" : auth.getName();
    }

    @Override
    public boolean hasRole(Role role) {
        return hasAuthority(role.authority());
    }

    @Override
    public boolean hasAuthority(String authority) {
        Authentication auth = authentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Long> userId() {
        String username = username();
        return username.isEmpty() ? java.util.Optional.empty() : users.findIdByUsername(username);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> programmeIds() {
        String username = username();
        return username.isEmpty() ? Set.of() : Set.copyOf(users.findProgrammeIdsByUsername(username));
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }
}
