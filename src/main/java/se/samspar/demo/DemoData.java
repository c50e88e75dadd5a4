package se.samspar.demo;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.samspar.base.Role;
import se.samspar.programme.PlaceAllocation;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.DemoAccounts;
import se.samspar.security.DemoAccounts.DemoUser;

/**
 * Fills an empty database with the förbund's programmes and gives one demo user per role a fresh
 * random password at every start, printed to the console so that a new user can log in at once.
 * It runs before the web server opens (a lifecycle phase ahead of it): when the login page is
 * served, the demo data is there and the logins are already printed.
 */
@Component
@Profile("demo")
class DemoData implements SmartLifecycle {

    /** Ahead of the web server, which starts at {@code DEFAULT_PHASE - 2048}. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    private volatile boolean running;

    private final ProgrammeService programmes;
    private final DemoAccounts accounts;
    private final org.springframework.core.env.Environment environment;
    private final PrintStream console = System.out;

    private final se.samspar.participant.PersonService persons;
    private final se.samspar.enrolment.EnrolmentService enrolments;
    private final se.samspar.security.UserService users;
    private final java.time.Clock clock;
    private final se.samspar.session.GroupService groups;
    private final se.samspar.session.AttendanceService attendance;
    private final se.samspar.questionnaire.QuestionnaireService questionnaires;
    private final se.samspar.report.ReportService reports;
    private final se.samspar.assessment.AssessmentService assessments;
    private final se.samspar.indicator.IndicatorService indicators;

    DemoData(ProgrammeService programmes, DemoAccounts accounts, org.springframework.core.env.Environment environment,
             se.samspar.participant.PersonService persons, se.samspar.enrolment.EnrolmentService enrolments,
             se.samspar.security.UserService users, se.samspar.session.GroupService groups,
             se.samspar.session.AttendanceService attendance,
             se.samspar.questionnaire.QuestionnaireService questionnaires, se.samspar.report.ReportService reports,
             java.time.Clock clock, se.samspar.assessment.AssessmentService assessments,
             se.samspar.indicator.IndicatorService indicators) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.reports = reports;
        this.groups = groups;
        this.attendance = attendance;
        this.programmes = programmes;
        this.accounts = accounts;
        this.environment = environment;
        this.persons = persons;
        this.enrolments = enrolments;
        this.users = users;
        this.clock = clock;
        this.indicators = indicators;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void start() {
        running = true;
        seed();
    }

    void seed() {
        // The services check roles; the demo acts as the administrator while it seeds.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-setup", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            if (programmes.all().isEmpty()) {
                DemoProgrammes.ALL.forEach(this::create);
            }
            Map<String, Long> ids = new java.util.HashMap<>();
            programmes.all().forEach(p -> ids.put(p.getName(), p.getId()));
            Set<Long> rehab = idsOf(ids, "Arbetsrehabteamet – rehabilitering", "Arbetsrehabteamet – förrehabilitering");
            Map<String, String> passwords = accounts.ensureWithFreshPasswords(List.of(
                    new DemoUser("admin", "Administratör", Role.ADMIN, Set.of()),
                    new DemoUser("samordnare", "Caroline Samordnare", Role.SAMORDNARE, rehab),
                    new DemoUser("personal", "Per Personal", Role.PERSONAL, rehab),
                    new DemoUser("styrelse", "Stina Styrelse", Role.STYRELSE, Set.of())));
            // Printed as soon as the accounts exist; the participants and groups follow, all
            // before the web server takes its first request.
            print(passwords);
            // Participants are registered by staff, through the services and their rules.
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "personal", null, AuthorityUtils.createAuthorityList(Role.PERSONAL.authority())));
            Map<String, Long> staff = new java.util.HashMap<>();
            users.staffOf(ids.get("Arbetsrehabteamet – rehabilitering")).forEach(m ->
                    staff.put(m.fullName().startsWith("Per") ? "personal" : "samordnare", m.id()));
            new DemoParticipants(persons, enrolments, java.time.LocalDate.now(clock)).createIfEmpty(
                    ids.get("Arbetsrehabteamet – rehabilitering"), ids.get("Arbetsrehabteamet – förrehabilitering"), staff);
            for (Long programme : rehab) {
                DemoQuestionnaires.answerForExited(questionnaires, persons, programme, java.time.LocalDate.now(clock));
                DemoAssessments.assessIfEmpty(assessments, persons, programme, java.time.LocalDate.now(clock));
            }
            // Groups are scheduled by the coordinator.
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "samordnare", null, AuthorityUtils.createAuthorityList(Role.SAMORDNARE.authority())));
            new DemoGroups(groups, attendance, persons, java.time.LocalDate.now(clock)).createIfEmpty(
                    ids.get("Arbetsrehabteamet – rehabilitering"), ids.get("Arbetsrehabteamet – förrehabilitering"),
                    Set.copyOf(staff.values()));
            DemoReports.createIfEmpty(reports, ids.get("Arbetsrehabteamet – förrehabilitering"),
                    java.time.LocalDate.now(clock));
            DemoIndicators.createIfEmpty(indicators);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void create(DemoProgrammes.Spec spec) {
        Programme p = new Programme();
        p.setName(spec.name());
        p.setKind(spec.kind());
        p.setShortDescription(spec.shortDescription());
        p.setTargetGroup(spec.targetGroup());
        p.setPurpose(spec.purpose());
        p.setMinAge(spec.minAge());
        p.setMaxAge(spec.maxAge());
        p.setTargetShareWorkOrStudies(spec.targetShare());
        if (spec.kind() != se.samspar.programme.ProgrammeKind.HEADCOUNT) {
            // A typical choice: participant data anonymised five years after the exit.
            p.setRetentionYears(5);
        }
        p.setActiveFrom(spec.activeFrom());
        p.setActiveTo(spec.activeTo());
        p.setMunicipalities(new LinkedHashSet<>(DemoProgrammes.MUNICIPALITIES));
        Programme saved = programmes.save(p);
        for (DemoProgrammes.Places places : spec.places()) {
            PlaceAllocation a = new PlaceAllocation(saved);
            a.setKind(places.kind());
            a.setLabel(places.label());
            a.setPlaces(places.places());
            a.setValidFrom(places.from());
            a.setValidTo(places.to());
            programmes.savePlaces(a);
        }
    }

    private static Set<Long> idsOf(Map<String, Long> ids, String... names) {
        Set<Long> result = new LinkedHashSet<>();
        for (String name : names) {
            if (ids.containsKey(name)) {
                result.add(ids.get(name));
            }
        }
        return result;
    }

    private void print(Map<String, String> passwords) {
        console.println();
        console.println("==================================================================");
        console.println(" Samspår demo at http://localhost:" + environment.getProperty("server.port", "8080"));
        console.println(" Log in with one of these (new passwords at every start):");
        passwords.forEach((user, password) -> console.printf("   %-12s %s%n", user, password));
        console.println("==================================================================");
        console.println();
    }
}
