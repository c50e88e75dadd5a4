package se.samspar.importexport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspar.importexport.Sheet.Columns.*;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.importexport.Sheet;
import se.samspar.importexport.Sheets;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;
import se.samspar.programme.ProgrammeService;

/** The coordinator's import page: the dry run's report, refused rows blocking the import, then one click. */
class ImportViewTest extends IntegrationTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refused_rows_are_shown_with_their_reasons_and_nothing_can_be_imported_until_they_are_fixed() {
        long programmeId = newProgramme("Vyimport", ProgrammeKind.BOTH, 5);
        String programme = programmes.get(programmeId).getName();
        String coordinator = newCoordinator("Vera Vyimport", programmeId)[0];
        String pnr = Sheets.freshPnr(jdbc, Kon.KVINNA);
        loginAs(coordinator, Role.SAMORDNARE);
        ImportView view = navigate(ImportView.class);

        Sheets bad = new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Vera", LAST_NAME, "Vy")
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programme, REFERRAL, "2019-02-30")
                .row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "2019-04-02", WOMEN, "3", MEN, "-1");
        view.received("historik.xlsx", bad.xlsx());
        assertThat(view.summary.getText()).contains("historik.xlsx: 1 nya, 0 ändras, 0 oförändrade, 2 avvisade.",
                "Rätta de avvisade raderna");
        assertThat(view.importButton.isVisible()).isFalse();
        assertThat(view.onlyRefused.getValue()).isTrue();
        assertThat(test(view.report).size()).isEqualTo(2);
        assertThat(test(view.report).getCellText(0, 0)).isEqualTo("Inskrivningar");
        assertThat(test(view.report).getCellText(0, 4)).isEqualTo("Remissdatum");
        assertThat(test(view.report).getCellText(0, 6)).isEqualTo("Datumet finns inte.");
        assertThat(test(view.report).getCellText(1, 6)).isEqualTo("Talet måste vara mellan 0 och 9999.");
        view.onlyRefused.setValue(false);
        assertThat(test(view.report).size()).isEqualTo(3);

        Sheets good = new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Vera", LAST_NAME, "Vy")
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programme, REFERRAL, "2019-02-28")
                .row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "2019-04-02", WOMEN, "3", MEN, "1");
        view.received("historik.xlsx", good.xlsx());
        assertThat(view.importButton.isVisible()).isTrue();
        assertThat(view.importButton.getText()).isEqualTo("Importera (3 rader)");
        test(view.importButton).click();
        assertThat(view.summary.getText()).startsWith("Importen är klar. Personer: 1 nya");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enrolment e JOIN person p ON p.id = e.person_id "
                + "WHERE p.personnummer = ? AND e.programme_id = ?", Integer.class, pnr, programmeId)).isEqualTo(1);
    }
}
