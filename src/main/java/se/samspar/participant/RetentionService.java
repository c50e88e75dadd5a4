package se.samspar.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.EnrolmentService.RetentionCandidate;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;

/**
 * Retention (gallring): each programme may say how many years after an enrolment ended its
 * participant data is kept. What is due moves to an anonymous record (kön, birth year, kommun)
 * with the figures the statistics need, loses its free texts, and a person no enrolment needs
 * any longer loses their identity. Running twice does nothing the second time.
 */
@Service
@Transactional(readOnly = true)
public class RetentionService {

    private final ProgrammeService programmes;
    private final EnrolmentService enrolments;
    private final PersonRepository persons;
    private final PersonService personService;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    RetentionService(ProgrammeService programmes, EnrolmentService enrolments, PersonRepository persons,
                     PersonService personService, JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.persons = persons;
        this.personService = personService;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What is due in one programme: enrolments that ended before the cut-off. */
    public record ProgrammePlan(long programmeId, String programme, int years, LocalDate cutoff,
                                List<RetentionCandidate> due) {
    }

    /** What the next run will do, programme by programme. */
    public record Plan(LocalDate day, List<ProgrammePlan> programmes) {
        public int enrolments() {
            return programmes.stream().mapToInt(p -> p.due().size()).sum();
        }
    }

    /** What a run did, in counts. */
    public record Result(int enrolmentsAnonymised, int personsErased) {
    }

    /** A past run. */
    public record Run(Instant at, String startedBy, int enrolmentsAnonymised, int personsErased) {
    }

    /** What a run today would do. No personal data: enrolment numbers and dates only. */
    @Secured(Role.ROLE_ADMIN)
    public Plan preview() {
        LocalDate today = LocalDate.now(clock);
        List<ProgrammePlan> plans = new ArrayList<>();
        for (Programme p : programmes.all()) {
            if (p.getRetentionYears() == null) {
                continue;
            }
            LocalDate cutoff = cutoff(today, p.getRetentionYears());
            plans.add(new ProgrammePlan(p.getId(), p.getName(), p.getRetentionYears(), cutoff,
                    enrolments.dueForRetention(p.getId(), cutoff)));
        }
        return new Plan(today, plans);
    }

    /** Enrolments that ended before this day are due: "N years after the exit" has passed. */
    static LocalDate cutoff(LocalDate today, int years) {
        return today.minusYears(years);
    }

    /** Anonymises everything due, all or nothing, and records the run. */
    @Transactional
    @Secured(Role.ROLE_ADMIN)
    public Result run() {
        Plan plan = preview();
        Map<Long, Long> anonymousCopyOf = new HashMap<>();
        int anonymised = 0;
        for (ProgrammePlan p : plan.programmes()) {
            for (RetentionCandidate c : p.due()) {
                Person person = persons.findById(c.personId()).orElseThrow();
                if (person.isAnonymous()) {
                    // The key of the förbund's old lists (import) would lead back to them.
                    jdbc.update("UPDATE person SET anonymous_key = NULL WHERE id = ?", person.getId());
                }
                long target = person.isAnonymous() ? person.getId()
                        : anonymousCopyOf.computeIfAbsent(person.getId(), id -> persons.saveAndFlush(
                                Person.anonymous(person.getKon(), person.getBirthYear(), person.getKommun())).getId());
                enrolments.anonymiseForRetention(c.enrolmentId(), target);
                anonymised++;
            }
        }
        int erased = 0;
        for (long personId : anonymousCopyOf.keySet()) {
            if (enrolments.countEnrolmentsOf(personId) == 0) {
                personService.erase(persons.findById(personId).orElseThrow());
                erased++;
            }
        }
        String who = currentUser.username();
        jdbc.update("INSERT INTO retention_run (run_at_utc, started_by, enrolments_anonymised, persons_erased) "
                + "VALUES (?, ?, ?, ?)", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), who, anonymised, erased);
        return new Result(anonymised, erased);
    }

    /** The latest runs, newest first. */
    @Secured(Role.ROLE_ADMIN)
    public List<Run> recentRuns(int limit) {
        return jdbc.query("SELECT * FROM retention_run ORDER BY id DESC LIMIT ?", (rs, i) -> new Run(
                rs.getObject("run_at_utc", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("started_by"),
                rs.getInt("enrolments_anonymised"), rs.getInt("persons_erased")), limit);
    }
}
