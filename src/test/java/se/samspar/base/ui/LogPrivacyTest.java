package se.samspar.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.ErrorEvent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import se.samspar.IntegrationTest;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.participant.TestPersonnummer;

/** Whatever happens to a person's data, their name, number and contact details stay out of the log. */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest extends IntegrationTest {

    @Autowired
    PersonService persons;

    @Test
    void registering_changing_refusing_and_failing_log_no_personal_data(CapturedOutput output) {
        long programmeId = newProgramme("Loggfri", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 3);
        String staff = newStaff("Lova Logg", programmeId)[0];
        String outsider = newStaff("Otto Utanför",
                newProgramme("Annan", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 1))[0];
        loginAs(staff, Role.PERSONAL);
        String pnr = TestPersonnummer.of(LocalDate.of(1966, 12, 24).plusDays(System.nanoTime() % 500), Kon.KVINNA, 988);

        long id = persons.registerAndRefer(PersonDraft.identified(pnr, "Zenobia", "Loggström", "Mellerud"),
                EnrolmentDraft.startingOn(programmeId, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10))).personId();
        var person = persons.open(id, false).person();
        assertThatThrownBy(() -> persons.updateDetails(id, person.getVersion(), new PersonDraft(false, null, "Zenobia",
                "Loggström", null, null, null, "0521-99 88 77", "zenobia.loggstrom@", null)))
                .isInstanceOf(InvalidInputException.class);
        persons.updateDetails(id, person.getVersion(), new PersonDraft(false, null, "Zenobia", "Loggström", null, null,
                null, "0521-99 88 77", "zenobia.loggstrom@example.invalid", null));
        persons.register(PersonDraft.identified(pnr, "Zenobia", "Loggström", null));
        persons.search("loggström", org.springframework.data.domain.PageRequest.of(0, 10));
        loginAs(outsider, Role.PERSONAL);
        assertThatThrownBy(() -> persons.open(id, false))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        // An unexpected error whose message quotes the number, as a database error would.
        new CalmErrorHandler().error(new ErrorEvent(new DataIntegrityViolationException(
                "Duplicate entry '" + pnr + "' for key 'uk_person_personnummer'")));

        assertThat(output.getAll()).contains("Unexpected error, reference")
                .contains(DataIntegrityViolationException.class.getName())
                .doesNotContain(pnr).doesNotContain(pnr.replace("-", "")).doesNotContain("Zenobia")
                .doesNotContain("Loggström").doesNotContain("99 88 77").doesNotContain("zenobia.loggstrom");
    }
}
