package se.samspar.report;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.enrolment.Decision;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.participant.TestPersonnummer;

/** Registrations for the report tests, made by staff through the services: a start in October 2018, exits in December. */
abstract class ReportTestSupport extends IntegrationTest {

    static final LocalDate START = LocalDate.of(2018, 10, 8);
    static final LocalDate EXIT = LocalDate.of(2018, 12, 14);

    @Autowired
    ReportService reports;
    @Autowired
    PersonService persons;
    @Autowired
    EnrolmentService enrolments;

    private int serial = 980;

    /** A person of the age (on the exit day) registered, accepted and started by the staff member. */
    Enrolment enrol(long programmeId, String staff, int age, Kon kon, LocalDate start, String education,
                    Set<String> support, Integer years, String overBudget) {
        loginAs(staff, Role.PERSONAL);
        LocalDate born = EXIT.minusYears(age).minusDays(10);
        serial = serial >= 996 ? 980 : serial + 2;
        long personId = persons.register(PersonDraft.identified(TestPersonnummer.of(born, kon, serial), "Test",
                "Rapportsson", "Vänersborg")).personId();
        return persons.enrol(personId, new EnrolmentDraft(programmeId, start.minusWeeks(3), "AF", null, null,
                Decision.ANTAGEN, null, start, null, null, start, true, education, support, years, overBudget, null));
    }

    /** A person born on the day (callers keep birth days apart) registered, accepted and started. */
    Enrolment enrolBorn(long programmeId, String staff, LocalDate born, Kon kon, LocalDate start, String education,
                        Set<String> support, Integer years) {
        loginAs(staff, Role.PERSONAL);
        serial = serial >= 996 ? 980 : serial + 2;
        long personId = persons.register(PersonDraft.identified(TestPersonnummer.of(born, kon, serial), "Test",
                "Utdragsson", "Vänersborg")).personId();
        try {
            return persons.enrol(personId, new EnrolmentDraft(programmeId, start.minusWeeks(2), "AF", null, null,
                    Decision.ANTAGEN, null, start, null, null, start, true, education, support, years, null, null));
        } catch (se.samspar.base.InvalidInputException e) {
            if (!"overBudgetReason".equals(e.field())) {
                throw e;
            }
            // As the staff would: every place is taken, and no one in the target group is turned away.
            return persons.enrol(personId, new EnrolmentDraft(programmeId, start.minusWeeks(2), "AF", null, null,
                    Decision.ANTAGEN, null, start, null, null, start, true, education, support, years,
                    "Ingen i målgruppen nekas plats", null));
        }
    }

    /** Exits on the day with the reasons (the first is commented when it is "övrigt"). */
    void exitOn(Enrolment e, LocalDate end, Set<String> reasons) {
        enrolments.exit(e.getId(), e.getVersion(), new Exit(end, reasons,
                reasons.contains(se.samspar.enrolment.ExitReasons.OVRIGT) ? "Annat" : null, "OVRIGA", Set.of("INGEN"),
                false));
    }

    void exit(Enrolment e, String reason, boolean followUpWanted) {
        enrolments.exit(e.getId(), e.getVersion(), new Exit(EXIT, Set.of(reason), null, "OVRIGA", Set.of("INGEN"),
                followUpWanted));
    }
}
