package se.samspar.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
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

/**
 * A handful of participants in the rehabilitation programmes, dated relative to today so the
 * demo always looks current. Personnummer only from Skatteverket's test series.
 */
final class DemoParticipants {

    private final PersonService persons;
    private final EnrolmentService enrolments;
    private final LocalDate today;
    private int serial = 980;

    DemoParticipants(PersonService persons, EnrolmentService enrolments, LocalDate today) {
        this.persons = persons;
        this.enrolments = enrolments;
        this.today = today;
    }

    private record Demo(String first, String last, Kon kon, LocalDate born, String kommun) {
    }

    void createIfEmpty(long rehab, long forrehab, Map<String, Long> staff) {
        if (!persons.search("", Pageable.ofSize(1)).getContent().isEmpty()) {
            return;
        }
        Long per = staff.get("personal");
        Long caroline = staff.get("samordnare");
        List<Demo> people = List.of(
                new Demo("Amina", "Hassan", Kon.KVINNA, LocalDate.of(1987, 3, 12), "Vänersborg"),
                new Demo("Johan", "Lind", Kon.MAN, LocalDate.of(1979, 11, 2), "Mellerud"),
                new Demo("Sara", "Berg", Kon.KVINNA, LocalDate.of(1995, 6, 21), "Vänersborg"),
                new Demo("Mikael", "Ström", Kon.MAN, LocalDate.of(1968, 1, 30), "Vänersborg"),
                new Demo("Lina", "Ek", Kon.KVINNA, LocalDate.of(1990, 9, 5), "Mellerud"),
                new Demo("Erik", "Holm", Kon.MAN, LocalDate.of(1984, 4, 17), "Vänersborg"),
                new Demo("Fatima", "Ali", Kon.KVINNA, LocalDate.of(1992, 12, 8), "Vänersborg"),
                new Demo("Peter", "Sand", Kon.MAN, LocalDate.of(1975, 7, 14), "Mellerud"));
        for (int i = 0; i < people.size(); i++) {
            Demo d = people.get(i);
            long id = persons.register(PersonDraft.identified(number(d), d.first(), d.last(), d.kommun())).personId();
            long programme = i < 5 ? rehab : forrehab;
            LocalDate start = today.minusWeeks(6L + 5L * i);
            EnrolmentDraft draft = new EnrolmentDraft(programme, start.minusWeeks(3), i % 2 == 0 ? "AF" : "FK",
                    "Handläggare " + (i + 1), null, Decision.ANTAGEN, null, start, per, caroline, start, true,
                    i % 3 == 0 ? "GRUNDSKOLA" : "GYMNASIUM", Set.of(i % 2 == 0 ? "FORSORJNINGSSTOD" : "SJUKPENNING"),
                    2 + i, null, null);
            Enrolment e = persons.enrol(id, draft);
            if (i == 3) {
                enrolments.exit(e.getId(), e.getVersion(), new Exit(today.minusWeeks(2),
                        Set.of(ExitReasons.ARBETE), null, "EJ_SUBVENTIONERAT_ARBETE", Set.of("INGEN"), true));
            } else if (i == 6) {
                enrolments.exit(e.getId(), e.getVersion(), new Exit(today.minusWeeks(1),
                        Set.of(ExitReasons.FORTSATT_REHABILITERING, ExitReasons.SJUKDOM), null, "OVRIGA",
                        Set.of("SJUKPENNING"), false));
            }
        }
        long anonymous = persons.register(PersonDraft.anonymousPerson(Kon.MAN, 1998, "Vänersborg")).personId();
        persons.enrol(anonymous, EnrolmentDraft.startingOn(forrehab, today.minusWeeks(5), today.minusWeeks(4)));
        long waiting = persons.register(PersonDraft.identified(number(new Demo("Nora", "Kvist", Kon.KVINNA,
                LocalDate.of(1999, 2, 3), "Mellerud")), "Nora", "Kvist", "Mellerud")).personId();
        persons.enrol(waiting, new EnrolmentDraft(rehab, today.minusDays(10), "VANERSBORG", "Handläggare 9", null,
                Decision.VANTELISTA, null, null, null, null, null, false, null, Set.of(), null, null, null));
    }

    private String number(Demo d) {
        serial = serial >= 998 ? 980 : serial + 1;
        return TestPersonnummer.of(d.born(), d.kon(), serial);
    }
}
