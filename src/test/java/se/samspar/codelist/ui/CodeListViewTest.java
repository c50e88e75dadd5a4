package se.samspar.codelist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samspar.IntegrationTest;
import se.samspar.base.CodeLists;
import se.samspar.codelist.CodeListService;

/** The administrator keeps the code lists: new values, new labels, but rule codes stay in use. */
@WithMockUser(username = "admin-test", roles = "ADMIN")
class CodeListViewTest extends IntegrationTest {

    @Autowired
    CodeListService codes;

    private Dialog openRow(CodeListView view, String code) {
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 0).equals(code)) {
                grid.clickRow(i);
                return $(Dialog.class).last();
            }
        }
        throw new AssertionError("No row " + code);
    }

    @Test
    void a_new_partner_is_added_and_offered_in_forms() {
        CodeListView view = navigate(CodeListView.class);
        test(view.list).selectItem("Parter");
        test(view.add).click();
        Dialog dialog = $(Dialog.class).last();
        String code = "TRESTAD_" + Long.toString(System.nanoTime() % 100000);
        test($(TextField.class, dialog).all().get(0)).setValue(code.toLowerCase());
        test($(TextField.class, dialog).all().get(1)).setValue("Trestadsförbundet");
        test($(com.vaadin.flow.component.button.Button.class, dialog).withText("Spara").single()).click();

        assertThat(codes.activeValues(CodeLists.PARTNER)).containsEntry(code, "Trestadsförbundet");
    }

    @Test
    void a_bad_code_is_refused_at_its_field() {
        CodeListView view = navigate(CodeListView.class);
        test(view.add).click();
        Dialog dialog = $(Dialog.class).last();
        TextField code = $(TextField.class, dialog).all().get(0);
        test(code).setValue("å");
        test($(TextField.class, dialog).all().get(1)).setValue("Något");
        test($(com.vaadin.flow.component.button.Button.class, dialog).withText("Spara").single()).click();

        assertThat(code.getErrorMessage()).isEqualTo("Koden ska vara 2–40 tecken: A–Z, siffror och understreck");
    }

    @Test
    void felregistrering_cannot_be_taken_out_of_use_but_its_label_stays_editable() {
        CodeListView view = navigate(CodeListView.class);
        Dialog dialog = openRow(view, "FELREGISTRERING");
        test($(Checkbox.class, dialog).single()).click();
        test($(com.vaadin.flow.component.button.Button.class, dialog).withText("Spara").single()).click();

        assertThat(codes.activeValues(CodeLists.EXIT_REASON)).containsKey("FELREGISTRERING");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_new_exit_reason_needs_its_group_in_the_boards_statistics() {
        CodeListView view = navigate(CodeListView.class);
        test(view.list).selectItem("Avslutsorsak");
        test(view.add).click();
        Dialog dialog = $(Dialog.class).last();
        String code = "EGET_FORETAG_" + Long.toString(System.nanoTime() % 100000);
        test($(TextField.class, dialog).all().get(0)).setValue(code);
        test($(TextField.class, dialog).all().get(1)).setValue("Startat eget företag");
        var save = $(com.vaadin.flow.component.button.Button.class, dialog).withText("Spara").single();
        test(save).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<se.samspar.enrolment.ExitGroup> group =
                $(com.vaadin.flow.component.select.Select.class, dialog).single();
        assertThat(group.isInvalid()).isTrue();
        assertThat(group.getErrorMessage()).isEqualTo("Välj vilken grupp i styrelsens statistik orsaken räknas i");
        assertThat(codes.allValues(CodeLists.EXIT_REASON)).doesNotContainKey(code);

        test(group).selectItem("Arbete, studier eller aktivt arbetssökande");
        test(save).click();
        assertThat(codes.exitGroups()).containsEntry(code, se.samspar.enrolment.ExitGroup.ARBETE_STUDIER_ARBETSSOKANDE);
    }

    @Test
    void an_empty_new_value_marks_code_and_label_at_once() {
        CodeListView view = navigate(CodeListView.class);
        test(view.add).click();
        Dialog dialog = $(Dialog.class).last();
        TextField code = $(TextField.class, dialog).all().get(0);
        TextField label = $(TextField.class, dialog).all().get(1);
        test($(com.vaadin.flow.component.button.Button.class, dialog).withText("Spara").single()).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Koden ska vara 2–40 tecken: A–Z, siffror och understreck");
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("Fyll i fältet");
        assertThat(dialog.isOpened()).isTrue();
    }
}
