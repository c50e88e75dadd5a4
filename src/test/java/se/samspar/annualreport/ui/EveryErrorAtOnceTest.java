package se.samspar.annualreport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.annualreport.AnnualReportService;
import se.samspar.base.Role;

/** The annual report page marks every wrong field at one press and saves nothing. */
class EveryErrorAtOnceTest extends IntegrationTest {

    static final int YEAR = AnnualReportViewTest.YEAR;

    @Autowired
    AnnualReportService annual;

    private static String error(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : "";
    }

    private AnnualReportView open() {
        loginAs("test-admin", Role.ADMIN);
        return AnnualReportViewTest.open();
    }

    @Test
    void a_wrong_year_and_too_long_texts_are_all_marked_at_once_and_nothing_is_saved() {
        AnnualReportView view = open();
        Long version = annual.overview(YEAR).version();
        test(view.year).setValue(1899);
        test(view.foreword).setValue("x".repeat(AnnualReportService.TEXT_MAX + 1));
        test(view.closing).setValue("y".repeat(AnnualReportService.TEXT_MAX + 1));
        test(view.save).click();

        assertThat(error(view.year)).isEqualTo("Ange ett år mellan 2000 och 2100");
        // 8 000 as Swedish writes it, with a (non-breaking) space between the thousands.
        assertThat(List.of(error(view.foreword), error(view.closing))).allSatisfy(e -> assertThat(e)
                .startsWith("Texten är för lång: högst 8").endsWith("000 tecken"));
        assertThat(annual.overview(YEAR).version()).isEqualTo(version);
    }

}
