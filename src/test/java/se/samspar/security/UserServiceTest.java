package se.samspar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samspar.IntegrationTest;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;

class UserServiceTest extends IntegrationTest {

    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AppUserRepository repository;

    private AuthenticationManager authenticationManager;

    @BeforeEach
    void setUp() {
        loginAs("test-admin", Role.ADMIN);
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        authenticationManager = new ProviderManager(provider);
    }

    private Authentication authenticate(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static String username() {
        return "user-" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void a_new_user_logs_in_with_the_one_time_password_and_has_the_chosen_roles() {
        String username = username();
        String password = users.create(new UserDraft(username, "Anna Andersson", "anna@example.se",
                Set.of(Role.PERSONAL), Set.of()));

        Authentication auth = authenticate(username, password);
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(a -> a.startsWith("ROLE_")).containsExactly("ROLE_PERSONAL");
        assertThat(repository.findWithRolesByUsername(username).orElseThrow().isMustChangePassword()).isTrue();
    }

    @Test
    void passwords_are_stored_hashed_never_as_given() {
        String username = username();
        String password = users.create(new UserDraft(username, "Bo Berg", null, Set.of(Role.STYRELSE), Set.of()));

        String stored = repository.findWithRolesByUsername(username).orElseThrow().getPasswordHash();
        assertThat(stored).doesNotContain(password).startsWith("{bcrypt}");
    }

    @Test
    void a_taken_username_is_refused() {
        String username = username();
        users.create(new UserDraft(username, "Cecilia", null, Set.of(Role.PERSONAL), Set.of()));

        assertThatThrownBy(() -> users.create(new UserDraft(username.toUpperCase(), "Cecilia igen", null,
                Set.of(Role.PERSONAL), Set.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("user.error.username-taken"));
    }

    @Test
    void a_disabled_user_cannot_log_in_and_a_reset_password_replaces_the_old_one() {
        String username = username();
        String first = users.create(new UserDraft(username, "David", null, Set.of(Role.PERSONAL), Set.of()));
        UserSummary user = users.list(username, Pageable.ofSize(5)).getContent().getFirst();

        String second = users.resetPassword(user.id(), user.version());
        assertThatThrownBy(() -> authenticate(username, first))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        assertThat(authenticate(username, second).isAuthenticated()).isTrue();

        UserSummary reloaded = users.list(username, Pageable.ofSize(5)).getContent().getFirst();
        users.setEnabled(reloaded.id(), reloaded.version(), false);
        assertThatThrownBy(() -> authenticate(username, second)).isInstanceOf(DisabledException.class);
    }

    @Test
    void only_the_administrator_manages_users() {
        for (Role role : new Role[] {Role.SAMORDNARE, Role.PERSONAL, Role.STYRELSE}) {
            loginAs("someone", role);
            assertThatThrownBy(() -> users.list("", Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.create(new UserDraft(username(), "X", null, Set.of(Role.ADMIN), Set.of())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void invalid_details_are_refused_with_the_field_named() {
        assertThatThrownBy(() -> users.create(new UserDraft("a b", "Namn", null, Set.of(Role.PERSONAL), Set.of())))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("username"));
        assertThatThrownBy(() -> users.create(new UserDraft(username(), "Namn", "inte-en-adress", Set.of(Role.PERSONAL), Set.of())))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("email"));
        assertThatThrownBy(() -> users.create(new UserDraft(username(), "Namn", null, Set.of(), Set.of())))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("roles"));
    }

    @Test
    void the_first_start_created_an_administrator_with_a_random_password() {
        AppUser admin = repository.findWithRolesByUsername(AccountBootstrap.ADMIN_USERNAME).orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches("admin", admin.getPasswordHash())).isFalse();
        assertThat(passwordEncoder.matches("", admin.getPasswordHash())).isFalse();
    }
}
