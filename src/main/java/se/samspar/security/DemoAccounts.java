package se.samspar.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.Role;

/**
 * Demo users, one per role, for the demo profile only: each start gives them fresh random
 * passwords, returned so that the demo can print them.
 */
@Component
@Profile("demo") // never present in production: it resets passwords
public class DemoAccounts {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** A demo user to ensure: login name, full name, role and programmes. */
    public record DemoUser(String username, String fullName, Role role, Set<Long> programmeIds) {
    }

    /** Creates missing demo users and sets new passwords; returns login name → password. */
    @Transactional
    public Map<String, String> ensureWithFreshPasswords(Iterable<DemoUser> demoUsers) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (DemoUser demo : demoUsers) {
            String password = PasswordGenerator.generate();
            AppUser user = users.findWithRolesByUsername(demo.username())
                    .orElseGet(() -> new AppUser(demo.username(), ""));
            if (user.isNew()) {
                user.setFullName(demo.fullName());
                user.setRoles(EnumSet.of(demo.role()));
                user.setProgrammeIds(demo.programmeIds());
            }
            user.setPasswordHash(passwordEncoder.encode(password));
            user.setEnabled(true);
            user.setMustChangePassword(false);
            users.save(user);
            passwords.put(demo.username(), password);
        }
        return passwords;
    }
}
