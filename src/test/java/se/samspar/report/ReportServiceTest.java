package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.IntegrationTest;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.enrolment.Decision;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.participant.TestPersonnummer;

/** Registrations made through the services come out as the report's figures. */
class ReportServiceTest extends IntegrationTest {

    private static final LocalDate START = LocalDate.of(2018, 10, 8);
    private static final LocalDate EXIT = LocalDate.of(2018, 12, 14);

    @Autowired
    ReportService reports;
    @Autowired
    PersonService persons;
    @Autowired
    EnrolmentService enrolments;

    private long programmeId;
    private String coordinator;
    private String staff;

    @BeforeEach
    void programme() {
        programmeId = newProgramme("Rapportprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 12);
        coordinator = newCoordinator("Rut Rapport", programmeId)[0];
        staff = newStaff("Pål Period", programmeId)[0];
    }

    private void participant(LocalDate born, Kon kon, int serial, String education, Set<String> support, int years,
                             String exitReason) {
        loginAs(staff, Role.PERSONAL);
        long personId = persons.register(PersonDraft.identified(TestPersonnummer.of(born, kon, serial), "Test",
                "Rapportsson", "Vänersborg")).personId();
        Enrolment e = persons.enrol(personId, new EnrolmentDraft(programmeId, START.minusWeeks(3), "AF", null, null,
                Decision.ANTAGEN, null, START, null, null, START, true, education, support, years, null, null));
        if (exitReason != null) {
            enrolments.exit(e.getId(), e.getVersion(), new Exit(EXIT, Set.of(exitReason), null, "OVRIGA",
                    Set.of("INGEN"), false));
        }
    }

    @Test
    void the_figures_of_a_period_come_from_the_registrations_and_wrong_ones_never_count() {
        participant(LocalDate.of(1995, 3, 1), Kon.KVINNA, 980, "GRUNDSKOLA", Set.of("FORSORJNINGSSTOD", "AKTIVITETSSTOD"),
                3, ExitReasons.SJUKDOM);
        participant(LocalDate.of(1980, 6, 1), Kon.MAN, 982, "HOGSKOLA", Set.of("A_KASSA"), 12,
                ExitReasons.FORTSATT_REHABILITERING);
        participant(LocalDate.of(1970, 1, 5), Kon.KVINNA, 984, "GYMNASIUM", Set.of("SJUKPENNING"), 6, null);
        participant(LocalDate.of(1990, 1, 5), Kon.MAN, 986, "GYMNASIUM", Set.of("INGEN"), 1, ExitReasons.FELREGISTRERING);

        loginAs(coordinator, Role.SAMORDNARE);
        ReportService.Figures f = reports.figures(programmeId, LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31),
                true, AgeBands.DEFAULT);
        assertThat(f.places().started()).isEqualTo(3);
        assertThat(f.places().exited()).isEqualTo(2);
        assertThat(f.places().activeAtEnd()).isEqualTo(1);
        assertThat(f.previousPlaces()).get().extracting(ReportFigures.Places::activeDuring).isEqualTo(0);
        assertThat(f.targetGroup().women()).isEqualTo(1);
        assertThat(f.targetGroup().men()).isEqualTo(1);
        assertThat(f.targetGroup().ageBands()).containsExactly(1, 1, 0, 0);
        assertThat(f.targetGroup().education()).isEqualTo(Map.of("GRUNDSKOLA", 1, "HOGSKOLA", 1));
        assertThat(f.targetGroup().meanYearsUnderNine()).contains(new BigDecimal("3.0"));
        assertThat(f.targetGroup().nineYearsOrMore()).isEqualTo(1);
        assertThat(f.targetGroup().supportMentions()).isEqualTo(3);
        assertThat(f.exitReasons()).isEqualTo(Map.of(ExitReasons.SJUKDOM, 1, ExitReasons.FORTSATT_REHABILITERING, 1));
        assertThat(f.empty()).isFalse();

        ReportService.Figures none = reports.figures(programmeId, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30),
                false, AgeBands.DEFAULT);
        assertThat(none.empty()).as("a period without data is a report that says so").isTrue();
        assertThat(none.previousPlaces()).isEmpty();
    }

    @Test
    void a_period_ending_before_it_starts_and_another_programme_are_refused() {
        loginAs(coordinator, Role.SAMORDNARE);
        assertThatThrownBy(() -> reports.figures(programmeId, LocalDate.of(2018, 12, 31), LocalDate.of(2018, 10, 1),
                false, AgeBands.DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.period"));
        long other = newProgramme("Annat program", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 5);
        loginAs(coordinator, Role.SAMORDNARE);
        assertThatThrownBy(() -> reports.figures(other, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), false,
                AgeBands.DEFAULT)).isInstanceOf(AccessDeniedException.class);
    }
}
