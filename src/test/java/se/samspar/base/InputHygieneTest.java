package se.samspar.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import se.samspar.IntegrationTest;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.participant.TestPersonnummer;
import se.samspar.programme.ProgrammeKind;
import se.samspar.security.UserDraft;
import se.samspar.security.UserService;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;

/**
 * The review's bad inputs against the services themselves (what a crafted request reaches even
 * when the form would not send it): every name and free text refuses control and invisible
 * characters, a blank-only name, and an over-long text, on the field concerned; nothing is stored.
 */
class InputHygieneTest extends IntegrationTest {

    @Autowired
    PersonService persons;
    @Autowired
    GroupService groups;
    @Autowired
    UserService userService;

    private long programmeId;
    private String staff;

    @BeforeEach
    void programme() {
        programmeId = newProgramme("Hygien " + unique(""), ProgrammeKind.INDIVIDUAL, 10);
        staff = newStaff("Hygien Personal", programmeId)[0];
    }

    private static void refused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static String pnr() {
        return TestPersonnummer.of(LocalDate.of(1960, 1, 1).plusDays(Math.floorMod(System.nanoTime(), 9000)), Kon.KVINNA,
                981);
    }

    @Test
    void a_person_with_a_bidi_override_or_a_no_break_space_for_a_name_is_not_registered() {
        loginAs(staff, Role.PERSONAL);
        EnrolmentDraft referral = EnrolmentDraft.startingOn(programmeId, LocalDate.now().minusDays(3), LocalDate.now());
        refused(() -> persons.registerAndRefer(PersonDraft.identified(pnr(), "Anna\u202Egnirts", "Hygien", null), referral),
                "firstName", TextInput.INVISIBLE);
        refused(() -> persons.registerAndRefer(PersonDraft.identified(pnr(), "Anna", "\u00A0", null), referral),
                "lastName", "error.required");
        refused(() -> persons.registerAndRefer(new PersonDraft(false, pnr(), "Anna", "Hygien", null, null, null, null, null,
                "x".repeat(10_000)), referral), "note", TextInput.TOO_LONG);
        refused(() -> persons.registerAndRefer(PersonDraft.identified(pnr(), "Anna", "Hygien", null),
                new EnrolmentDraft(programmeId, LocalDate.now().minusDays(3), null, "Hand\u0000läggare", null, null, null,
                        null, null, null, null, false, null, Set.of(), null, null, null)), "handlaggareName",
                TextInput.INVISIBLE);
        assertThat(persons.search("Hygien", Pageable.ofSize(5)).getContent()).isEmpty();
    }

    @Test
    void a_group_named_with_a_byte_order_mark_or_a_zero_width_space_is_not_created() {
        String coordinator = newCoordinator("Hygien Samordnare", programmeId)[0];
        loginAs(coordinator, Role.SAMORDNARE);
        long leader = userId(coordinator);
        refused(() -> groups.createGroup(new GroupDraft(programmeId, "\uFEFFGrupp", LocalDate.now(), null, Set.of(leader),
                null, null, null, null, false, null)), "name", TextInput.INVISIBLE);
        refused(() -> groups.createGroup(new GroupDraft(programmeId, "Grupp", LocalDate.now(), null, Set.of(leader),
                null, null, null, null, false, "Anteck\u200Bning")), "notes", TextInput.INVISIBLE);
    }

    @Test
    void a_user_named_with_a_bell_or_only_a_no_break_space_is_not_created() {
        loginAs("hygien-admin", Role.ADMIN);
        refused(() -> userService.create(new UserDraft("ring-" + Long.toString(System.nanoTime(), 36), "Olle\u0007 Ohlsson", null, Set.of(Role.PERSONAL),
                Set.of())), "fullName", TextInput.INVISIBLE);
        refused(() -> userService.create(new UserDraft("tom-" + Long.toString(System.nanoTime(), 36), "\u00A0", null, Set.of(Role.PERSONAL), Set.of())),
                "fullName", "user.error.name-required");
    }
}
