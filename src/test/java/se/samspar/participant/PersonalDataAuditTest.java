package se.samspar.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.IntegrationTest;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.Role;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.enrolment.ExitReasons;
import se.samspar.enrolment.FollowUpContact;

/**
 * Every read and change of personal data leaves an audit entry naming who, what and whose; the
 * log cannot be changed afterwards, and a changed entry is found.
 */
class PersonalDataAuditTest extends IntegrationTest {

    /** Public methods that return or show personal data: each must write an entry (tested below). */
    static final Set<String> READS = Set.of("PersonService.search", "PersonService.open", "EnrolmentService.fileOf",
            "PersonService.enrolments", "PersonService.acceptedIn");
    /** Public methods that change personal data: each records its change in the same transaction. */
    static final Set<String> CHANGES = Set.of("PersonService.register", "PersonService.registerAndRefer",
            "PersonService.updateDetails", "PersonService.enrol", "PersonService.decide",
            "PersonService.withdrawConsent", "EnrolmentService.enrol", "EnrolmentService.decide",
            "EnrolmentService.exit", "EnrolmentService.withdrawConsent", "EnrolmentService.moveToAnonymousPerson",
            "EnrolmentService.addFollowUp", "EnrolmentService.anonymiseForRetention");
    /** Public methods that give out no personal data: yes/no, counts, enrolment numbers and dates. */
    static final Set<String> NO_PERSONAL_DATA = Set.of("EnrolmentService.canSeePerson",
            "EnrolmentService.countEnrolmentsOf", "EnrolmentService.dueForRetention");

    @Autowired
    PersonService persons;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    private long programmeId;
    private String staff;
    private static int serial = 981;

    @BeforeEach
    void programmeWithStaff() {
        programmeId = newProgramme("Hikikomori", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 10);
        staff = newStaff("Greta Granskad", programmeId)[0];
        loginAs(staff, Role.PERSONAL);
    }

    private long enrolledPerson(String firstName) {
        serial = serial >= 997 ? 981 : serial + 2;
        String pnr = TestPersonnummer.of(LocalDate.of(1979, 2, 11).plusDays(System.nanoTime() % 4000), Kon.MAN, serial);
        long id = persons.registerAndRefer(PersonDraft.identified(pnr, firstName, "Granström", "Vänersborg"),
                EnrolmentDraft.startingOn(programmeId, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 15))).personId();
        return id;
    }

    private List<Map<String, Object>> entriesAbout(long personId) {
        return jdbc.queryForList("SELECT action, username, enrolment_id, details FROM audit_entry WHERE person_id = ? ORDER BY id",
                personId);
    }

    private List<String> actionsAbout(long personId) {
        return entriesAbout(personId).stream().map(m -> (String) m.get("action")).toList();
    }

    @Test
    void every_public_service_method_is_known_as_a_read_a_change_or_free_of_personal_data() {
        Set<String> methods = Stream.of(PersonService.class, EnrolmentService.class)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                        .map(m -> c.getSimpleName() + "." + m.getName()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> classified = new TreeSet<>();
        classified.addAll(READS);
        classified.addAll(CHANGES);
        classified.addAll(NO_PERSONAL_DATA);
        assertThat(methods).as("a new service method must be classified here, and audited if it touches personal data")
                .isEqualTo(classified);
    }

    @Test
    void opening_a_person_from_the_list_or_directly_is_logged_with_who_and_whom() {
        long personId = enrolledPerson("Ivar");
        persons.open(personId, true);
        persons.open(personId, false);
        enrolments.fileOf(personId, AuditAction.VIEW);

        List<Map<String, Object>> entries = entriesAbout(personId);
        assertThat(entries).extracting(m -> m.get("action"))
                .containsSubsequence("CREATE", "CREATE", "SEARCH_HIT_OPENED", "VIEW", "VIEW");
        assertThat(entries).allSatisfy(m -> assertThat(m.get("username")).isEqualTo(staff));
    }

    @Test
    void lists_of_enrolments_for_group_work_log_each_person_shown_and_the_search() {
        long personId = enrolledPerson("Gruppad");
        long enrolmentId = persons.open(personId, false).enrolments().getFirst().getId();
        assertThat(persons.acceptedIn(programmeId, LocalDate.of(2024, 2, 1)))
                .extracting(ParticipantRow::enrolmentId).contains(enrolmentId);
        assertThat(persons.enrolments(List.of(enrolmentId), "närvarolista: Grupp A pass 1")).hasSize(1);

        Map<String, Object> last = entriesAbout(personId).getLast();
        assertThat(last.get("action")).isEqualTo("VIEW");
        assertThat(last.get("details")).isEqualTo("närvarolista: Grupp A pass 1");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE username = ? AND action = 'SEARCH' "
                + "ORDER BY id DESC LIMIT 1", String.class, staff)).contains("antagna i program");
    }

    @Test
    void a_search_is_logged_once_with_its_text_and_number_of_hits() {
        enrolledPerson("Sökbar");
        int before = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE username = ? AND action = 'SEARCH'",
                Integer.class, staff);
        persons.search("granström", PageRequest.of(0, 50));
        persons.search("granström", PageRequest.of(1, 50));
        List<String> details = jdbc.queryForList(
                "SELECT details FROM audit_entry WHERE username = ? AND action = 'SEARCH' ORDER BY id", String.class, staff);
        assertThat(details).hasSize(before + 1);
        assertThat(details.getLast()).contains("\"text\":\"granström\"").contains("\"träffar på första sidan\":\"1\"");
    }

    @Test
    void opening_a_person_outside_ones_programmes_is_refused_and_logged() {
        long personId = enrolledPerson("Utanför");
        long other = newProgramme("Hälsoskolan", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 0);
        String outsider = newStaff("Olle Obehörig", other)[0];
        loginAs(outsider, Role.PERSONAL);

        assertThatThrownBy(() -> persons.open(personId, false)).isInstanceOf(AccessDeniedException.class);

        assertThat(entriesAbout(personId)).last().satisfies(m -> {
            assertThat(m.get("action")).isEqualTo("REFUSED");
            assertThat(m.get("username")).isEqualTo(outsider);
        });
    }

    @Test
    void a_change_records_the_changed_fields_before_and_after_and_nothing_else() {
        long personId = enrolledPerson("Före");
        Person p = persons.open(personId, false).person();
        persons.updateDetails(personId, p.getVersion(), new PersonDraft(false, null, "Efter", "Granström",
                null, null, "Vänersborg", "0521-123456", null, null));

        Map<String, Object> change = entriesAbout(personId).getLast();
        assertThat(change.get("action")).isEqualTo("CHANGE");
        assertThat((String) change.get("details"))
                .contains("\"förnamn\":{\"före\":\"Före\",\"efter\":\"Efter\"}")
                .contains("\"telefon\":{\"före\":null,\"efter\":\"0521-123456\"}")
                .doesNotContain("kommun");
    }

    @Test
    void exits_and_follow_ups_are_logged_against_the_enrolment() {
        long personId = enrolledPerson("Avslutad");
        Enrolment e = persons.open(personId, false).enrolments().getFirst();
        Enrolment exited = enrolments.exit(e.getId(), e.getVersion(), new Exit(LocalDate.of(2024, 6, 28),
                Set.of(ExitReasons.ARBETE), null, null, Set.of(), true));
        enrolments.addFollowUp(exited.getId(), LocalDate.of(2024, 9, 2), FollowUpContact.Kind.TELEFON, "Trivs");

        List<Map<String, Object>> entries = entriesAbout(personId);
        assertThat(entries).filteredOn(m -> e.getId().equals(((Number) m.get("enrolment_id") == null ? null
                        : ((Number) m.get("enrolment_id")).longValue())))
                .extracting(m -> m.get("action")).containsSubsequence("CREATE", "CHANGE", "CREATE");
        assertThat(entries).anySatisfy(m -> assertThat((String) m.get("details")).contains("ARBETE"));
    }

    @Test
    void the_log_refuses_updates_and_deletes_even_from_the_database_owner() {
        long personId = enrolledPerson("Orörd");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET username = 'ingen' WHERE person_id = ?", personId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE person_id = ?", personId))
                .hasMessageContaining("append-only");
        assertThat(actionsAbout(personId)).isNotEmpty();
    }

    @Test
    void the_administrator_finds_entries_by_person_user_and_day_and_the_chain_is_checked() {
        long personId = enrolledPerson("Hittad");
        persons.open(personId, false);
        loginAs("audit-admin", Role.ADMIN);

        var byPerson = audit.search(new AuditService.AuditQuery(null, personId, null, null), 0, 50);
        assertThat(byPerson).isNotEmpty().allSatisfy(e -> assertThat(e.personId()).isEqualTo(personId));
        var byUserToday = audit.search(new AuditService.AuditQuery(staff, null, swedishToday(), swedishToday()), 0, 50);
        assertThat(byUserToday).extracting(e -> e.personId()).contains(personId);
        var yesterday = audit.search(new AuditService.AuditQuery(staff, null, null, swedishToday().minusDays(1)), 0, 50);
        assertThat(yesterday).isEmpty();
        assertThat(audit.entriesAbout(personId)).hasSize(byPerson.size());

        AuditService.ChainCheck check = audit.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isGreaterThanOrEqualTo(byPerson.size());
        assertThat(startPageWarnings()).isEmpty();

        // Someone with database access slips in an entry afterwards (far ahead, so the real
        // chain goes on): the check finds it.
        long forged = 1_000_000_000_000L + System.nanoTime() % 1_000_000;
        jdbc.update("INSERT INTO audit_entry (id, occurred_at_utc, username, action, person_id, prev_hash, hash) "
                + "VALUES (?, UTC_TIMESTAMP(), 'inbrott', 'VIEW', ?, ?, ?)", forged, personId, "0".repeat(64), "f".repeat(64));
        assertThat(audit.verify().firstBrokenId()).isEqualTo(forged);
        // The daily check would find the same; the administrator's start page says so until it is intact again.
        assertThat(startPageWarnings()).singleElement().asString()
                .startsWith("Granskningsloggen är inte obruten").contains("vid post " + forged + ".");
    }

    private List<String> startPageWarnings() {
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        return $(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                .filter(p -> p.hasClassName("audit-broken")).map(com.vaadin.flow.component.html.Paragraph::getText).toList();
    }

    /** The log is searched by Swedish calendar days, whatever the zone the tests run in. */
    private static LocalDate swedishToday() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void staff_cannot_read_the_log() {
        assertThatThrownBy(() -> audit.search(new AuditService.AuditQuery(null, null, null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
