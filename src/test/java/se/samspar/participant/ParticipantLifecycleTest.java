package se.samspar.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.IntegrationTest;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.EnrolmentStatus;
import se.samspar.enrolment.Exit;
import se.samspar.enrolment.ExitReasons;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.UserDraft;
import se.samspar.security.UserService;

/** The register's lifecycle on the real database: register, enrol, exit, withdraw consent. */
class ParticipantLifecycleTest extends IntegrationTest {

    private static final LocalDate REFERRED = LocalDate.of(2018, 8, 20);
    private static final LocalDate START = LocalDate.of(2018, 9, 3);
    private static int serial = 980;

    @Autowired
    PersonService persons;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    se.samspar.programme.PlaceUsage placeUsage;

    private long programmeId;
    private String staff;

    /** A fresh programme (18–64 years, 2 places) and a staff member who works in it. */
    @BeforeEach
    void programmeWithStaff() {
        programmeId = newProgramme("Förrehabilitering", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 2);
        staff = newStaff("Stina Personal", programmeId)[0];
        loginAs(staff, Role.PERSONAL);
    }

    private static String nextTestNumber(Kon kon) {
        serial = serial >= 998 ? 980 : serial + 2;
        return TestPersonnummer.of(LocalDate.of(1985, 4, 17).plusDays(System.nanoTime() % 3000), kon, serial);
    }

    private long registerWoman() {
        return persons.register(PersonDraft.identified(nextTestNumber(Kon.KVINNA), "Anna", "Andersson", "Vänersborg"))
                .personId();
    }

    private Enrolment enrolStarting(long personId) {
        return persons.enrol(personId, EnrolmentDraft.startingOn(programmeId, REFERRED, START));
    }

    @Test
    void a_person_is_registered_enrolled_and_exited_with_two_reasons() {
        long personId = registerWoman();
        Enrolment e = enrolStarting(personId);
        assertThat(e.statusOn(START)).isEqualTo(EnrolmentStatus.AKTIV);

        Enrolment exited = enrolments.exit(e.getId(), e.getVersion(), new Exit(START.plusMonths(3),
                Set.of(ExitReasons.FORTSATT_REHABILITERING, ExitReasons.SJUKDOM), null, "OVRIGA", Set.of(), false));

        assertThat(exited.statusOn(START.plusMonths(3))).isEqualTo(EnrolmentStatus.AVSLUTAD);
        assertThat(persons.open(personId, false).enrolments()).singleElement()
                .satisfies(x -> assertThat(x.getExitReasons()).containsExactlyInAnyOrder("FORTSATT_REHABILITERING", "SJUKDOM"));
        Person p = persons.open(personId, false).person();
        assertThat(p.getKon()).isEqualTo(Kon.KVINNA);
        assertThat(p.getBirthDate()).isNotNull();
    }

    @Test
    void a_number_that_exists_opens_the_same_person_whatever_its_format() {
        String pnr = nextTestNumber(Kon.MAN);
        long first = persons.register(PersonDraft.identified(pnr, "Bo", "Berg", "Mellerud")).personId();
        String tenDigits = pnr.substring(2).replace("-", "");

        PersonService.Registration again = persons.register(PersonDraft.identified(tenDigits, "Bo", "Berg", null));

        assertThat(again.existed()).isTrue();
        assertThat(again.personId()).isEqualTo(first);
    }

    @Test
    void an_anonymous_person_keeps_only_kon_birth_year_and_kommun() {
        long id = persons.register(PersonDraft.anonymousPerson(Kon.MAN, 1996, "Vänersborg")).personId();
        enrolStarting(id);

        var row = jdbc.queryForMap("SELECT * FROM person WHERE id = ?", id);
        assertThat(row.get("personnummer")).isNull();
        assertThat(row.get("first_name")).isNull();
        assertThat(row.get("birth_date")).isNull();
        assertThat(row.get("birth_year")).isEqualTo(1996);
        assertThat(row.get("kommun")).isEqualTo("Vänersborg");
        assertThatThrownBy(() -> persons.register(new PersonDraft(true, null, "Namn", null, Kon.MAN, 1996,
                null, null, null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_second_open_enrolment_in_the_programme_is_refused_until_the_first_has_ended() {
        long personId = registerWoman();
        Enrolment first = enrolStarting(personId);

        assertThatThrownBy(() -> persons.enrol(personId, EnrolmentDraft.startingOn(programmeId, START, START.plusDays(7))))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("enrolment.error.already-open"));

        enrolments.exit(first.getId(), first.getVersion(),
                new Exit(START.plusMonths(1), Set.of(ExitReasons.ARBETE), null, null, Set.of(), false));
        assertThat(persons.enrol(personId, EnrolmentDraft.startingOn(programmeId, START.plusMonths(2), START.plusMonths(2))))
                .isNotNull();
        assertThat(persons.open(personId, false).enrolments()).hasSize(2);
    }

    @Test
    void starting_beyond_the_budgeted_places_needs_a_reason() {
        enrolStarting(registerWoman());
        enrolStarting(registerWoman());
        long third = registerWoman();

        assertThatThrownBy(() -> enrolStarting(third))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("enrolment.warning.over-budget"));
        Enrolment withReason = persons.enrol(third, EnrolmentDraft.startingOn(programmeId, REFERRED, START)
                .withOverrides("Orimligt att vänta till nästa start", null));
        assertThat(withReason.getOverBudgetReason()).isEqualTo("Orimligt att vänta till nästa start");
    }

    @Test
    void an_age_outside_the_programmes_limits_needs_a_reason() {
        long young = persons.register(PersonDraft.anonymousPerson(Kon.KVINNA, 2002, null)).personId();

        assertThatThrownBy(() -> enrolStarting(young))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("ageOverrideReason"));
    }

    @Test
    void an_exit_before_the_start_or_without_reasons_is_refused_and_nothing_changes() {
        Enrolment e = enrolStarting(registerWoman());

        assertThatThrownBy(() -> enrolments.exit(e.getId(), e.getVersion(),
                new Exit(START.minusDays(1), Set.of(ExitReasons.ARBETE), null, null, Set.of(), false)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> enrolments.exit(e.getId(), e.getVersion(),
                new Exit(START.plusDays(30), Set.of(), null, null, Set.of(), false)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(persons.open(e.getPersonId(), false).enrolments().getFirst().getEndDate()).isNull();
    }

    @Test
    void the_second_of_two_people_exiting_the_same_enrolment_is_told() {
        Enrolment e = enrolStarting(registerWoman());
        Exit exit = new Exit(START.plusMonths(2), Set.of(ExitReasons.STUDIER), null, null, Set.of(), false);
        enrolments.exit(e.getId(), e.getVersion(), exit);

        assertThatThrownBy(() -> enrolments.exit(e.getId(), e.getVersion(), exit))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void withdrawn_consent_ends_the_enrolment_and_leaves_no_trace_of_the_identity() {
        long personId = registerWoman();
        Enrolment e = enrolStarting(personId);

        persons.withdrawConsent(e.getId(), e.getVersion(), START.plusMonths(1));

        var enrolment = jdbc.queryForMap("SELECT person_id, end_date FROM enrolment WHERE id = ?", e.getId());
        long anonymousId = ((Number) enrolment.get("person_id")).longValue();
        assertThat(anonymousId).isNotEqualTo(personId);
        assertThat(jdbc.queryForList("SELECT code FROM enrolment_exit_reason WHERE enrolment_id = ?", String.class, e.getId()))
                .containsExactly(ExitReasons.MEDGIVANDE_ATERTAGET);
        assertThat(jdbc.queryForMap("SELECT anonymous, personnummer FROM person WHERE id = ?", anonymousId))
                .containsEntry("anonymous", true).containsEntry("personnummer", null);
        assertThat(jdbc.queryForMap("SELECT personnummer, first_name, last_name FROM person WHERE id = ?", personId))
                .containsEntry("personnummer", null).containsEntry("first_name", null).containsEntry("last_name", null);
    }

    @Test
    void staff_of_another_programme_neither_see_the_person_nor_enrol_into_a_programme_not_theirs() {
        long personId = registerWoman();
        enrolStarting(personId);
        loginAs("test-admin", Role.ADMIN);
        Programme other = new Programme();
        other.setName(unique("Hikikomori"));
        other.setActiveFrom(LocalDate.of(2016, 1, 1));
        long otherId = programmes.save(other).getId();
        String outsider = "outsider-" + Long.toString(System.nanoTime(), 36);
        users.create(new UserDraft(outsider, "Olle Utanför", null, Set.of(Role.PERSONAL), Set.of(otherId)));

        loginAs(outsider, Role.PERSONAL);
        assertThatThrownBy(() -> persons.open(personId, false).person()).isInstanceOf(AccessDeniedException.class);
        assertThat(enrolments.fileOf(personId, se.samspar.audit.AuditAction.VIEW).enrolments()).isEmpty();
        assertThatThrownBy(() -> persons.enrol(personId, EnrolmentDraft.startingOn(programmeId, REFERRED, START)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void places_in_use_are_counted_for_any_day_and_a_felregistrering_never() {
        Enrolment active = enrolStarting(registerWoman());
        persons.enrol(registerWoman(), new EnrolmentDraft(programmeId, REFERRED, null, null, null,
                se.samspar.enrolment.Decision.VANTELISTA, null, null, null, null, null, false, null, Set.of(), null,
                null, null));
        Enrolment followedUp = enrolStarting(registerWoman());
        enrolments.exit(followedUp.getId(), followedUp.getVersion(), new Exit(START.plusMonths(1),
                Set.of(ExitReasons.ARBETE), null, null, Set.of(), true));
        Enrolment mistake = persons.enrol(registerWoman(), EnrolmentDraft.startingOn(programmeId, REFERRED, START)
                .withOverrides("Felaktigt inskriven", null));
        enrolments.exit(mistake.getId(), mistake.getVersion(), new Exit(START.plusDays(1),
                Set.of(ExitReasons.FELREGISTRERING), null, null, Set.of(), true));

        assertThat(placeUsage.usageOn(programmeId, START.plusMonths(2)))
                .isEqualTo(new se.samspar.programme.PlaceUsage.Usage(1, 1, 1, 0));
        assertThat(placeUsage.usageOn(programmeId, START.minusDays(1)))
                .isEqualTo(new se.samspar.programme.PlaceUsage.Usage(0, 1, 0, 0));
        assertThat(placeUsage.usageOn(programmeId, START.plusMonths(14)))
                .isEqualTo(new se.samspar.programme.PlaceUsage.Usage(1, 1, 0, 0));
        assertThat(active.getId()).isPositive();
    }

    private EnrolmentDraft referral(se.samspar.enrolment.Decision decision, LocalDate start, Long contact) {
        return new EnrolmentDraft(programmeId, REFERRED, null, null, null, decision, null, start, contact, null,
                null, false, null, Set.of(), null, "Test av listan", null);
    }

    @Test
    void every_status_filter_of_the_list_returns_exactly_the_enrolments_with_that_status_today() {
        LocalDate today = LocalDate.now();
        long me = users.staffIdsOf(programmeId).iterator().next();
        persons.enrol(registerWoman(), referral(null, null, null));                                   // ansökt
        persons.enrol(registerWoman(), referral(se.samspar.enrolment.Decision.ANTAGEN, today.plusDays(10), null)); // ansökt
        persons.enrol(registerWoman(), referral(se.samspar.enrolment.Decision.VANTELISTA, null, null));
        persons.enrol(registerWoman(), new EnrolmentDraft(programmeId, REFERRED, null, null, null,
                se.samspar.enrolment.Decision.EJ_AKTUELL, "Inte aktuell nu", null, null, null, null, false, null,
                Set.of(), null, null, null));
        persons.enrol(registerWoman(), referral(se.samspar.enrolment.Decision.ANTAGEN, START, me));     // aktiv, mine
        Enrolment ended = persons.enrol(registerWoman(), referral(se.samspar.enrolment.Decision.ANTAGEN, START, null));
        enrolments.exit(ended.getId(), ended.getVersion(), new Exit(START.plusMonths(2), Set.of(ExitReasons.ARBETE),
                null, null, Set.of(), false));
        Enrolment follow = persons.enrol(registerWoman(), referral(se.samspar.enrolment.Decision.ANTAGEN, START, me));
        enrolments.exit(follow.getId(), follow.getVersion(), new Exit(today.minusMonths(1), Set.of(ExitReasons.STUDIER),
                null, null, Set.of(), true));

        int total = 0;
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            var rows = persons.search(new PersonService.ParticipantSearch("", programmeId, status, false),
                    org.springframework.data.domain.Pageable.ofSize(100)).getContent();
            assertThat(rows).as(status.name()).allSatisfy(r -> assertThat(r.statusOn(today)).isEqualTo(status));
            total += rows.size();
        }
        assertThat(total).isEqualTo(7);
        assertThat(persons.search(new PersonService.ParticipantSearch("", programmeId, EnrolmentStatus.ANSOKT, false),
                org.springframework.data.domain.Pageable.ofSize(100)).getContent()).hasSize(2);
        assertThat(persons.search(new PersonService.ParticipantSearch("", null, EnrolmentStatus.AKTIV, true),
                org.springframework.data.domain.Pageable.ofSize(100)).getContent()).hasSize(1);
        assertThat(persons.search(new PersonService.ParticipantSearch("", null, null, true),
                org.springframework.data.domain.Pageable.ofSize(100)).getContent()).hasSize(2);
        assertThat(persons.search(new PersonService.ParticipantSearch("", null, null, false, me),
                org.springframework.data.domain.Pageable.ofSize(100)).getContent()).hasSize(2);
    }

    @Test
    void follow_up_contacts_are_recorded_within_the_year_after_an_exit_that_wanted_them() {
        Enrolment e = enrolStarting(registerWoman());
        LocalDate end = START.plusMonths(4);
        Enrolment exited = enrolments.exit(e.getId(), e.getVersion(),
                new Exit(end, Set.of(ExitReasons.ARBETE), null, null, Set.of(), true));

        enrolments.addFollowUp(exited.getId(), end.plusMonths(3), se.samspar.enrolment.FollowUpContact.Kind.TELEFON,
                "Trivs på jobbet");
        assertThat(persons.open(exited.getPersonId(), false).followUps())
                .singleElement().extracting(se.samspar.enrolment.FollowUpContact::getNote).isEqualTo("Trivs på jobbet");
        assertThatThrownBy(() -> enrolments.addFollowUp(exited.getId(), end.minusDays(1),
                se.samspar.enrolment.FollowUpContact.Kind.MOTE, null))
                .satisfies(x -> assertThat(((InvalidInputException) x).messageKey()).isEqualTo("follow-up.error.before-exit"));
        assertThatThrownBy(() -> enrolments.addFollowUp(exited.getId(), end.plusMonths(13),
                se.samspar.enrolment.FollowUpContact.Kind.MOTE, null))
                .satisfies(x -> assertThat(((InvalidInputException) x).messageKey()).isEqualTo("follow-up.error.after-year"));

        Enrolment noFollowUp = enrolStarting(registerWoman());
        Enrolment closed = enrolments.exit(noFollowUp.getId(), noFollowUp.getVersion(),
                new Exit(end, Set.of(ExitReasons.STUDIER), null, null, Set.of(), false));
        assertThatThrownBy(() -> enrolments.addFollowUp(closed.getId(), end.plusDays(7),
                se.samspar.enrolment.FollowUpContact.Kind.MOTE, null))
                .satisfies(x -> assertThat(((InvalidInputException) x).messageKey()).isEqualTo("follow-up.error.no-follow-up"));
    }

    @Test
    void the_board_and_the_administrator_see_no_personal_data() {
        long personId = registerWoman();
        enrolStarting(personId);
        for (Role role : new Role[] {Role.STYRELSE, Role.ADMIN}) {
            loginAs("someone", role);
            assertThatThrownBy(() -> persons.open(personId, false).person()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> persons.register(PersonDraft.anonymousPerson(Kon.MAN, 1990, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
