package se.samspar;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.samspar.base.Role;

/**
 * Base of every test that needs the application: one Spring context on the embedded MariaDB,
 * serving on a random port, shared by all such tests (browserless view tests and real-browser
 * tests alike). One context matters beyond speed: Vaadin installs its own static security
 * context strategy, so a second context would hide the tests' logins from the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate users;
    @org.springframework.beans.factory.annotation.Autowired
    private se.samspar.programme.ProgrammeService programmeService;
    @org.springframework.beans.factory.annotation.Autowired
    private se.samspar.security.UserService userService;

    /**
     * A new programme (active since 2018, 18–64 years) with budgeted places, created as the
     * administrator. Leaves the test logged in as the administrator.
     */
    protected long newProgramme(String name, se.samspar.programme.ProgrammeKind kind, int places) {
        return newProgramme(name, kind, places, java.time.LocalDate.of(2018, 1, 1));
    }

    /** A programme running, with its places, from the given day. */
    protected long newProgramme(String name, se.samspar.programme.ProgrammeKind kind, int places,
                                java.time.LocalDate activeFrom) {
        loginAs("test-admin", Role.ADMIN);
        se.samspar.programme.Programme p = new se.samspar.programme.Programme();
        p.setName(unique(name));
        p.setKind(kind);
        p.setActiveFrom(activeFrom);
        p.setMinAge(18);
        p.setMaxAge(64);
        long id = programmeService.save(p).getId();
        if (places > 0) {
            se.samspar.programme.PlaceAllocation a = new se.samspar.programme.PlaceAllocation(programmeService.get(id));
            a.setKind(se.samspar.programme.PlaceKind.BUDGETED);
            a.setPlaces(places);
            a.setValidFrom(activeFrom);
            programmeService.savePlaces(a);
        }
        return id;
    }

    /** A new staff member (PERSONAL) of the programmes; returns the login name and its one-time password. */
    protected String[] newStaff(String fullName, Long... programmeIds) {
        return newUser(Role.PERSONAL, fullName, programmeIds);
    }

    /** A new coordinator (SAMORDNARE) of the programmes; returns the login name and its one-time password. */
    protected String[] newCoordinator(String fullName, Long... programmeIds) {
        return newUser(Role.SAMORDNARE, fullName, programmeIds);
    }

    protected String[] newUser(Role role, String fullName, Long... programmeIds) {
        loginAs("test-admin", Role.ADMIN);
        String username = role.name().toLowerCase() + "-" + Long.toString(System.nanoTime(), 36);
        String password = userService.create(new se.samspar.security.UserDraft(username, fullName, null,
                java.util.Set.of(role), java.util.Set.of(programmeIds)));
        return new String[] {username, password};
    }

    private static int serial = 980;
    @org.springframework.beans.factory.annotation.Autowired
    private se.samspar.participant.PersonService personService;

    /**
     * A participant registered, accepted and started in the programme by the staff member, with
     * a test personnummer; returns the enrolment's id. Leaves the test logged in as the staff member.
     */
    protected long startedParticipant(String staffUsername, long programmeId, String firstName, String lastName,
                                      se.samspar.participant.Kon kon, java.time.LocalDate start) {
        loginAs(staffUsername, Role.PERSONAL);
        serial = serial >= 998 ? 980 : serial + 1;
        String pnr = se.samspar.participant.TestPersonnummer.of(java.time.LocalDate.of(1970, 1, 1)
                .plusDays(Math.floorMod(System.nanoTime(), 12000)), kon, serial);
        long personId = personService.registerAndRefer(se.samspar.participant.PersonDraft.identified(pnr, firstName,
                lastName, null), se.samspar.enrolment.EnrolmentDraft.startingOn(programmeId, start.minusWeeks(2), start))
                .personId();
        return personService.open(personId, false).enrolments().getFirst().getId();
    }

    /** The id of the user with the login name. */
    protected long userId(String username) {
        return users.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    /** Acts as the given user for the rest of the test (services read the security context). */
    protected static void loginAs(String username, Role... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** A name no other test uses, since tests share one database. */
    protected static String unique(String prefix) {
        // Letters only: a name printed in a narrow table cell wraps, and a digit left on a line of its
        // own would read as a count to the board's disclosure check.
        StringBuilder suffix = new StringBuilder();
        for (long n = System.nanoTime(); n > 0; n /= 26) {
            suffix.append((char) ('a' + n % 26));
        }
        return prefix + " " + suffix.reverse();
    }

    /**
     * Waits for work a view handed to the background (a PDF taking over a second) and runs what
     * it hands back to the page, as the next round-trip from the browser would.
     */
    protected static void finish(java.util.concurrent.CompletableFuture<?> work) {
        work.join();
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
