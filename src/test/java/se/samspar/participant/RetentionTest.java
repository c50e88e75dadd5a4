package se.samspar.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.enrolment.ExitReasons;
import se.samspar.enrolment.FollowUpContact;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;

/** Retention (gallring): what is due becomes anonymous, the statistics stay, a second run does nothing. */
class RetentionTest extends IntegrationTest {

    @Autowired
    PersonService persons;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    RetentionService retention;
    @Autowired
    JdbcTemplate jdbc;

    private long programmeId;

    /** A programme whose enrolments are anonymised three years after exit. */
    private void programmeWithRetention(String name, int places) {
        programmeId = newProgramme(name, se.samspar.programme.ProgrammeKind.INDIVIDUAL, places);
        Programme p = programmes.get(programmeId);
        p.setRetentionYears(3);
        programmes.save(p);
    }

    private long person(String first, Kon kon, int serial, LocalDate born) {
        return persons.register(PersonDraft.identified(TestPersonnummer.of(born, kon, serial), first, "Gallrad",
                "Mellerud")).personId();
    }

    private Enrolment exitedEnrolment(long personId, LocalDate start, LocalDate end) {
        EnrolmentDraft d = EnrolmentDraft.startingOn(programmeId, start.minusWeeks(2), start);
        Enrolment e = persons.enrol(personId, new EnrolmentDraft(programmeId, d.referralDate(), "AF",
                "Helena Handläggare", "helena@example.invalid", d.decision(), null, start, null, null, start, true,
                null, Set.of(), null, null, null));
        return enrolments.exit(e.getId(), e.getVersion(), new Exit(end, Set.of(ExitReasons.ARBETE, ExitReasons.OVRIGT),
                "Flyttade till sin syster", "EJ_SUBVENTIONERAT_ARBETE", Set.of(), true));
    }

    /** What the statistics read of the programme's enrolments: must not change with retention. */
    private List<Map<String, Object>> statistics() {
        return jdbc.queryForList("""
                SELECT e.id, e.referral_date, e.start_date, e.end_date, e.education, e.occupation_at_exit,
                       p.kon, p.birth_year, p.kommun,
                       (SELECT group_concat(code ORDER BY code) FROM enrolment_exit_reason r WHERE r.enrolment_id = e.id) reasons
                FROM enrolment e JOIN person p ON p.id = e.person_id
                WHERE e.programme_id = ? ORDER BY e.id""", programmeId);
    }

    @Test
    void enrolments_ended_longer_ago_than_the_setting_become_anonymous_once() {
        programmeWithRetention("Arbetsrehabteamet", 20);
        String staff = newStaff("Greta Gallring", programmeId)[0];
        loginAs(staff, Role.PERSONAL);

        LocalDate longAgo = LocalDate.now().minusYears(4);
        long onlyOld = person("Alva", Kon.KVINNA, 982, LocalDate.of(1981, 3, 9));
        Enrolment aOld = exitedEnrolment(onlyOld, longAgo.minusMonths(6), longAgo);
        enrolments.addFollowUp(aOld.getId(), longAgo.plusMonths(2), FollowUpContact.Kind.TELEFON, "Alva mår bra på nya jobbet");
        long oldAndNew = person("Bertil", Kon.MAN, 993, LocalDate.of(1975, 11, 30));
        Enrolment bOld = exitedEnrolment(oldAndNew, longAgo.minusMonths(3), longAgo.plusDays(10));
        Enrolment bNew = persons.enrol(oldAndNew, EnrolmentDraft.startingOn(programmeId,
                LocalDate.now().minusMonths(2), LocalDate.now().minusMonths(1)));
        long recent = person("Cecilia", Kon.KVINNA, 984, LocalDate.of(1990, 6, 1));
        exitedEnrolment(recent, LocalDate.now().minusYears(2), LocalDate.now().minusYears(1));

        assertThatThrownBy(() -> retention.preview()).isInstanceOf(AccessDeniedException.class);
        loginAs("retention-admin", Role.ADMIN);
        List<Map<String, Object>> before = statistics();

        RetentionService.ProgrammePlan plan = retention.preview().programmes().stream()
                .filter(pp -> pp.programmeId() == programmeId).findFirst().orElseThrow();
        assertThat(plan.cutoff()).isEqualTo(LocalDate.now().minusYears(3));
        assertThat(plan.due()).extracting(EnrolmentService.RetentionCandidate::enrolmentId)
                .containsExactly(aOld.getId(), bOld.getId());

        RetentionService.Result result = retention.run();
        assertThat(result.enrolmentsAnonymised()).isEqualTo(2);
        assertThat(result.personsErased()).isEqualTo(1);

        // Alva: no enrolment needs her identity any more.
        Map<String, Object> alva = jdbc.queryForMap("SELECT * FROM person WHERE id = ?", onlyOld);
        assertThat(alva.get("personnummer")).isNull();
        assertThat(alva.get("first_name")).isNull();
        assertThat(alva.get("anonymous")).isEqualTo(true);
        // Bertil keeps his identity for his open enrolment; the old one moved to an anonymous record.
        assertThat(jdbc.queryForObject("SELECT first_name FROM person WHERE id = ?", String.class, oldAndNew))
                .isEqualTo("Bertil");
        assertThat(jdbc.queryForObject("SELECT person_id FROM enrolment WHERE id = ?", Long.class, bNew.getId()))
                .isEqualTo(oldAndNew);
        Map<String, Object> moved = jdbc.queryForMap("""
                SELECT p.anonymous, p.kon, p.birth_year, e.handlaggare_name, e.exit_other_comment, e.anonymised_at
                FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.id = ?""", bOld.getId());
        assertThat(moved.get("anonymous")).isEqualTo(true);
        assertThat(moved.get("kon")).isEqualTo("MAN");
        assertThat(moved.get("birth_year")).isEqualTo(1975);
        assertThat(moved.get("handlaggare_name")).isNull();
        assertThat(moved.get("exit_other_comment")).isNull();
        assertThat(moved.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT note FROM follow_up_contact WHERE enrolment_id = ?", String.class,
                aOld.getId())).isNull();
        // Cecilia ended a year ago: untouched.
        assertThat(jdbc.queryForObject("SELECT first_name FROM person WHERE id = ?", String.class, recent))
                .isEqualTo("Cecilia");

        // The statistics read the same figures as before, only the person numbers differ.
        List<Map<String, Object>> after = statistics();
        assertThat(after).hasSameSizeAs(before);
        assertThat(after).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);

        // The audit log names what happened, without the erased values.
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE person_id = ? AND action = 'ANONYMISED'",
                String.class, onlyOld)).isNotEmpty().noneMatch(d -> d.contains("Alva"));

        // Idempotent: a second run finds nothing.
        assertThat(retention.run()).isEqualTo(new RetentionService.Result(0, 0));
        assertThat(retention.recentRuns(2)).extracting(RetentionService.Run::enrolmentsAnonymised)
                .containsExactly(0, 2);
    }

    @Test
    void an_anonymous_participant_loses_the_key_of_the_old_lists_when_retention_reaches_them() {
        programmeWithRetention("Gallrad nyckel", 5);
        loginAs(newStaff("Gustav Gallring", programmeId)[0], Role.PERSONAL);
        long anonymous = persons.register(PersonDraft.anonymousPerson(Kon.KVINNA, 1980, "Mellerud")).personId();
        jdbc.update("UPDATE person SET anonymous_key = ? WHERE id = ?", unique("LISTA").replace(' ', '-'), anonymous);
        LocalDate longAgo = LocalDate.now().minusYears(4);
        exitedEnrolment(anonymous, longAgo.minusMonths(6), longAgo);

        loginAs("retention-admin", Role.ADMIN);
        retention.run();
        assertThat(jdbc.queryForObject("SELECT anonymous_key FROM person WHERE id = ?", String.class, anonymous)).isNull();
    }

    @Test
    void programmes_without_a_setting_are_never_touched_and_the_setting_is_checked() {
        loginAs("retention-admin", Role.ADMIN);
        long id = newProgramme("Utan gallring", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 0);
        assertThat(retention.preview().programmes()).noneMatch(pp -> pp.programmeId() == id);
        Programme p = programmes.get(id);
        p.setRetentionYears(0);
        assertThatThrownBy(() -> programmes.save(p))
                .satisfies(e -> assertThat(((se.samspar.base.InvalidInputException) e).messageKey())
                        .isEqualTo("programme.error.retention-range"));
    }
}
