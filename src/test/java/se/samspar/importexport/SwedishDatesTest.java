package se.samspar.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as Swedish spreadsheets hold them are read; dates that could mean two days are refused. */
class SwedishDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2019-03-04", "20190304", "2019/03/04", "2019.3.4", "4 mars 2019", "4 mar 2019",
            "4/3 2019", " 2019-03-04 ", "2019-03-04T00:00", "2019-03-04 00:00:00", "04 MARS 2019"})
    void common_swedish_forms_are_the_fourth_of_march(String text) {
        assertThat(SwedishDates.parse(text).date()).contains(LocalDate.of(2019, 3, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04/03/2019", "03/04/2019", "4.3.2019", "190304", "19-03-04", "4-3-19"})
    void forms_that_could_mean_another_day_are_refused_as_ambiguous(String text) {
        SwedishDates.Parsed parsed = SwedishDates.parse(text);
        assertThat(parsed.date()).isEmpty();
        assertThat(parsed.problemKey()).contains("import.error.date-ambiguous");
    }

    @ParameterizedTest
    @ValueSource(strings = {"igår", "4 marsch 2019", "2019-03", "March 4, 2019"})
    void text_that_is_no_date_is_refused(String text) {
        assertThat(SwedishDates.parse(text).problemKey()).contains("import.error.date-format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-30", "20191301", "31 april 2019"})
    void days_that_do_not_exist_are_refused(String text) {
        assertThat(SwedishDates.parse(text).problemKey()).contains("import.error.date-invalid");
    }
}
