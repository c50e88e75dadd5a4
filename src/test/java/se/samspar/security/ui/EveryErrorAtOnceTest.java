package se.samspar.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import org.junit.jupiter.api.Test;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;

/** The user form and the password change mark every field that is wrong at one press. */
class EveryErrorAtOnceTest extends IntegrationTest {

    private static String error(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : "";
    }

    @Test
    void an_empty_new_user_marks_username_name_and_roles_at_once() {
        loginAs("admin-test", Role.ADMIN);
        UserListView view = navigate(UserListView.class);
        test(view.create).click();
        UserDialog dialog = $(UserDialog.class).single();
        test(dialog.save).click();

        assertThat(error(dialog.form.username)).isNotEmpty();
        assertThat(error(dialog.form.fullName)).isNotEmpty();
        assertThat(error(dialog.form.roles)).isEqualTo("Välj minst en roll");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_wrong_current_password_a_short_new_one_and_a_mismatch_are_marked_together() {
        long programmeId = newProgramme("Lösenordsprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 1);
        String username = newStaff("Lova Lösen", programmeId)[0];
        loginAs(username, Role.PERSONAL);
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue("inte-mitt-lösenord");
        test(view.next).setValue("kort");
        test(view.repeat).setValue("annat");
        test(view.save).click();

        assertThat(error(view.current)).isNotEmpty();
        assertThat(error(view.next)).isNotEmpty();
        assertThat(error(view.repeat)).isNotEmpty();
    }
}
