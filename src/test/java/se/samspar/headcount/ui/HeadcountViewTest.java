package se.samspar.headcount.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.headcount.HeadcountService;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeKind;

/** Hälsoskolan's staff register how many women and men came; nothing else is kept. */
class HeadcountViewTest extends IntegrationTest {

    @Autowired
    HeadcountService headcounts;

    private long halsoskolan;
    private long individual;

    @BeforeEach
    void staffOfHalsoskolan() {
        halsoskolan = newProgramme("Hälsoskolan", ProgrammeKind.HEADCOUNT, 0);
        individual = newProgramme("Rehabilitering", ProgrammeKind.INDIVIDUAL, 0);
        loginAs(newStaff("Hanna Hälsa", halsoskolan, individual)[0], Role.PERSONAL);
    }

    @Test
    void a_headcount_is_registered_and_listed() {
        HeadcountView view = navigate(HeadcountView.class);
        test(view.activity).setValue("Grupp arabiska, tillfälle 3");
        test(view.women).setValue(5);
        test(view.men).setValue(3);
        test(view.save).click();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("5");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("3");
    }

    @Test
    void negative_numbers_and_nobody_at_all_are_refused_at_the_fields() {
        HeadcountView view = navigate(HeadcountView.class);
        test(view.women).setValue(-2);
        test(view.men).setValue(4);
        test(view.save).click();
        assertThat(view.women.getErrorMessage()).isEqualTo("Antalet kan inte vara negativt");

        test(view.women).setValue(0);
        test(view.men).setValue(0);
        test(view.save).click();
        assertThat(view.men.getErrorMessage()).isEqualTo("Ange minst en kvinna eller en man");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void only_programmes_that_keep_numbers_are_offered_and_accepted() {
        HeadcountView view = navigate(HeadcountView.class);
        assertThat(view.programme.getListDataView().getItems()).extracting(Programme::getId).containsExactly(halsoskolan);
        assertThatThrownBy(() -> headcounts.register(individual, LocalDate.now(), null, null, 1, 1))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_empty_headcount_marks_date_women_and_men_at_once_and_registers_nothing() {
        HeadcountView view = navigate(HeadcountView.class);
        view.date.clear();
        test(view.save).click();

        assertThat(view.date.isInvalid()).isTrue();
        assertThat(view.women.isInvalid()).isTrue();
        assertThat(view.men.isInvalid()).isTrue();
        assertThat(view.women.getErrorMessage()).isEqualTo("Fyll i fältet");
        assertThat(view.men.getErrorMessage()).isEqualTo("Fyll i fältet");
        assertThat(test(view.grid).size()).isZero();
    }
}
