package se.samspar.security;

import java.io.PrintStream;
import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.Role;

/**
 * On the first start with an empty database, creates the administrator account with a random
 * password, printed once to the console (never to the log, never a fixed default).
 */
@Component
@Order(100)
class AccountBootstrap implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PrintStream console = System.out;

    AccountBootstrap(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = PasswordGenerator.generate();
        AppUser admin = new AppUser(ADMIN_USERNAME, passwordEncoder.encode(password));
        admin.setFullName("Administratör");
        admin.setRoles(EnumSet.of(Role.ADMIN));
        admin.setMustChangePassword(true);
        users.save(admin);
        console.println();
        console.println("==================================================================");
        console.println(" Samspår: the administrator account was created.");
        console.println("   user:     " + ADMIN_USERNAME);
        console.println("   password: " + password);
        console.println(" This password is shown only this once.");
        console.println("==================================================================");
        console.println();
    }
}
