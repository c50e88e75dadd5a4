package se.samspar.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.security.UserService;
import se.samspar.security.UserSummary;

@WithMockUser(username = "admin-test", roles = "ADMIN")
class UserAdminViewTest extends IntegrationTest {

    @Autowired
    UserService users;

    private UserDialog openNewUserDialog() {
        UserListView view = navigate(UserListView.class);
        test(view.create).click();
        return $(UserDialog.class).single();
    }

    @Test
    void the_administrator_creates_a_coordinator_and_is_shown_the_one_time_password_once() {
        String username = "ny-" + Long.toString(System.nanoTime(), 36);
        UserDialog dialog = openNewUserDialog();
        test(dialog.form.username).setValue(username);
        test(dialog.form.fullName).setValue("Nina Nilsson");
        test(dialog.form.roles).selectItem("Samordnare");
        test(dialog.save).click();

        Paragraph password = $(Paragraph.class, dialog).withId("one-time-password").single();
        assertThat(password.getText()).hasSize(16);
        UserSummary created = users.list(username, Pageable.ofSize(5)).getContent().getFirst();
        assertThat(created.roles()).containsExactly(Role.SAMORDNARE);
        assertThat(created.fullName()).isEqualTo("Nina Nilsson");
    }

    @Test
    void a_user_without_role_or_with_a_bad_username_is_not_created() {
        String fullName = unique("Kalle Anka");
        UserDialog dialog = openNewUserDialog();
        test(dialog.form.username).setValue("Kalle Anka");
        test(dialog.form.fullName).setValue(fullName);
        test(dialog.save).click();

        assertThat(dialog.form.username.getErrorMessage()).startsWith("Användarnamnet ska vara 2–60 tecken");
        assertThat(dialog.form.roles.getErrorMessage()).isEqualTo("Välj minst en roll");
        assertThat(users.list(fullName, Pageable.ofSize(5)).getContent()).isEmpty();
    }

    @Test
    void the_name_field_shows_its_limit_and_a_name_of_only_a_no_break_space_is_refused() {
        UserDialog dialog = openNewUserDialog();
        assertThat(dialog.form.fullName.getMaxLength()).isEqualTo(se.samspar.security.AppUser.FULL_NAME_MAX);
        assertThat(dialog.form.fullName.getHelperText()).isEqualTo("Högst 100 tecken.");
        assertThat(dialog.form.username.getHelperText()).endsWith("Högst 60 tecken.");
        String username = "nbsp-" + Long.toString(System.nanoTime(), 36);
        test(dialog.form.username).setValue(username);
        test(dialog.form.fullName).setValue("\u00A0");
        test(dialog.form.roles).selectItem("Samordnare");
        test(dialog.save).click();

        assertThat(dialog.form.fullName.isInvalid()).isTrue();
        assertThat(users.list(username, Pageable.ofSize(5)).getContent()).isEmpty();
    }

    @Test
    void the_administrator_disables_a_user() {
        String username = "bort-" + Long.toString(System.nanoTime(), 36);
        users.create(new se.samspar.security.UserDraft(username, "Olle Ohlsson", null, Set.of(Role.PERSONAL), Set.of()));
        UserListView view = navigate(UserListView.class);
        test(view.filter).setValue(username);
        test(view.grid).clickRow(0);
        UserDialog dialog = $(UserDialog.class).single();
        test(dialog.toggleEnabled).click();

        assertThat(users.list(username, Pageable.ofSize(5)).getContent().getFirst().enabled()).isFalse();
    }
}
