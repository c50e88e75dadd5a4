package se.samspar.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.indicator.IndicatorService;
import se.samspar.indicator.RespondentGroup;

/** The occasion form marks every field that is wrong at one press, and opens nothing. */
class EveryErrorAtOnceTest extends IntegrationTest {

    @Autowired
    IndicatorService indicators;

    @BeforeEach
    void coordinator() {
        loginAs("indikatorformular", Role.SAMORDNARE);
    }

    private static String error(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : "";
    }

    @Test
    void an_empty_occasion_with_a_group_without_its_base_marks_name_period_and_base() {
        OccasionListView view = navigate(OccasionListView.class);
        int before = indicators.occasions().size();
        test(view.form.taking.get(RespondentGroup.STYRELSE)).click();
        test(view.create).click();

        assertThat(List.of(error(view.form.name), error(view.form.from), error(view.form.to),
                error(view.form.bases.get(RespondentGroup.STYRELSE)))).containsOnly("Fyll i fältet");
        assertThat(indicators.occasions()).hasSize(before);
    }

    @Test
    void an_occasion_without_groups_says_so_together_with_the_missing_name() {
        OccasionListView view = navigate(OccasionListView.class);
        test(view.form.from).setValue(LocalDate.of(2018, 10, 1));
        test(view.form.to).setValue(LocalDate.of(2018, 10, 31));
        test(view.create).click();

        assertThat(error(view.form.name)).isEqualTo("Fyll i fältet");
        assertThat(view.form.groupsLabel.getText()).isEqualTo("Välj minst en respondentgrupp");
    }

    @Test
    void a_period_ending_before_it_starts_and_a_base_of_nought_are_marked_at_once() {
        OccasionListView view = navigate(OccasionListView.class);
        int before = indicators.occasions().size();
        test(view.form.name).setValue(unique("Baklänges"));
        test(view.form.from).setValue(LocalDate.of(2018, 10, 31));
        test(view.form.to).setValue(LocalDate.of(2018, 10, 1));
        test(view.form.taking.get(RespondentGroup.STYRELSE)).click();
        test(view.form.bases.get(RespondentGroup.STYRELSE)).setValue(0);
        test(view.form.taking.get(RespondentGroup.PERSONAL)).click();
        test(view.form.bases.get(RespondentGroup.PERSONAL)).setValue(7);
        test(view.create).click();

        assertThat(error(view.form.to)).isEqualTo("Slutdatum kan inte vara före startdatum");
        assertThat(error(view.form.bases.get(RespondentGroup.STYRELSE)).replace('\u00a0', ' '))
                .isEqualTo("Ange ett antal mellan 1 och 10 000");
        assertThat(error(view.form.bases.get(RespondentGroup.PERSONAL))).isEmpty();
        assertThat(indicators.occasions()).hasSize(before);
    }

    @Test
    void a_complete_occasion_opens_and_shows_its_page() {
        OccasionListView view = navigate(OccasionListView.class);
        String name = unique("Oktober");
        test(view.form.name).setValue(name);
        test(view.form.from).setValue(LocalDate.of(2018, 10, 1));
        test(view.form.to).setValue(LocalDate.of(2018, 10, 31));
        test(view.form.taking.get(RespondentGroup.STYRELSE)).click();
        test(view.form.bases.get(RespondentGroup.STYRELSE)).setValue(8);
        test(view.create).click();

        assertThat(getCurrentView()).isInstanceOf(OccasionView.class);
        assertThat(((OccasionView) getCurrentView()).title.getText()).isEqualTo(name);
    }
}
