package se.samspar.importexport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspar.importexport.Sheet.Columns.*;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.importexport.ImportService;
import se.samspar.importexport.Sheet;
import se.samspar.importexport.Sheets;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;
import se.samspar.programme.ProgrammeService;

/** The administrator's registerutdrag page: no search without a stated reason, and the reason is logged. */
class RegisterExtractViewTest extends IntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_person_is_found_only_under_a_stated_reason_which_goes_into_the_log() throws Exception {
        long programmeId = newProgramme("Vyutdrag", ProgrammeKind.INDIVIDUAL, 5);
        String pnr = Sheets.freshPnr(jdbc, Kon.KVINNA);
        Sheets file = new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Vanja", LAST_NAME, "Vyutdrag")
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programmes.get(programmeId).getName(),
                        REFERRAL, "2019-01-14");
        loginAs("vyutdrag-admin", Role.ADMIN);
        imports.commit("vyutdrag.xlsx", file.xlsx(), file.content());
        long personId = jdbc.queryForObject("SELECT id FROM person WHERE personnummer = ?", Long.class, pnr);
        RegisterExtractView view = navigate(RegisterExtractView.class);
        assertThat(view.reason.getMaxLength()).isEqualTo(200);

        test(view.who).setValue(pnr);
        test(view.search).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Ange skälet till utdraget (minst 5 tecken).");
        assertThat(view.pdf.isVisible()).isFalse();
        assertThat(view.found.getText()).isEmpty();
        assertThat(openedFromSearch(personId)).isEmpty();

        test(view.reason).setValue("  Begäran från den registrerade, ärende 2026-88 ");
        test(view.search).click();
        assertThat(view.reason.isInvalid()).isFalse();
        assertThat(view.found.getText()).contains("Vanja Vyutdrag");
        assertThat(view.pdf.isVisible()).isTrue();
        assertThat(openedFromSearch(personId))
                .containsExactly("registerutdrag; skäl: Begäran från den registrerade, ärende 2026-88");
    }

    private java.util.List<String> openedFromSearch(long personId) {
        return jdbc.queryForList("SELECT details FROM audit_entry WHERE person_id = ? AND action = 'SEARCH_HIT_OPENED'",
                String.class, personId);
    }

    @Test
    void an_empty_search_marks_the_reason_and_whom_at_once() {
        loginAs("vyutdrag-admin", Role.ADMIN);
        RegisterExtractView view = navigate(RegisterExtractView.class);
        test(view.search).click();

        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Ange skälet till utdraget (minst 5 tecken).");
        assertThat(view.who.isInvalid()).isTrue();
        assertThat(view.who.getErrorMessage()).isEqualTo("Fyll i fältet");
        assertThat(view.pdf.isVisible()).isFalse();
    }
}
