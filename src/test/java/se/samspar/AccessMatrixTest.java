package se.samspar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import se.samspar.base.Role;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.participant.TestPersonnummer;
import se.samspar.security.AccountStep;
import se.samspar.security.UserDraft;
import se.samspar.security.UserService;

/**
 * Who may do what, written out here as the specification and checked against the running app:
 * every route for every role (and for the two pending login steps, and for no login at all), every
 * public service method for every role, and every address over plain HTTP without a login.
 * A new route or service method fails this test until it is added to the tables.
 */
class AccessMatrixTest extends IntegrationTest {

    enum Subject { ADMIN, SAMORDNARE, PERSONAL, STYRELSE, PASSWORD_STEP, SECOND_FACTOR_STEP, ANONYMOUS }

    private static final Set<Subject> A = EnumSet.of(Subject.ADMIN);
    private static final Set<Subject> STAFF = EnumSet.of(Subject.SAMORDNARE, Subject.PERSONAL);
    private static final Set<Subject> ALL_ROLES = EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE, Subject.PERSONAL,
            Subject.STYRELSE);

    /** Route template → who may open it. */
    static final Map<String, Set<Subject>> ROUTES = new LinkedHashMap<>();

    static {
        // The board starts in the report archive and sees nothing else.
        ROUTES.put("", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE, Subject.PERSONAL));
        ROUTES.put("login", EnumSet.of(Subject.ANONYMOUS));
        ROUTES.put("konto", ALL_ROLES);
        ROUTES.put(AccountStep.PASSWORD_CHANGE_ROUTE, EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE, Subject.PERSONAL,
                Subject.STYRELSE, Subject.PASSWORD_STEP));
        ROUTES.put(AccountStep.SECOND_FACTOR_ROUTE, EnumSet.of(Subject.SECOND_FACTOR_STEP));
        ROUTES.put("program", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        ROUTES.put("program/:programmeId", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        ROUTES.put("deltagare", STAFF);
        ROUTES.put("mina-deltagare", STAFF);
        ROUTES.put("deltagare/:personId", STAFF);
        ROUTES.put("pinnstatistik", STAFF);
        ROUTES.put("grupper", STAFF);
        ROUTES.put("grupper/:groupId", STAFF);
        ROUTES.put("narvaro/:sessionId", STAFF);
        ROUTES.put("kalender", STAFF);
        ROUTES.put("lokaler-och-tolkar", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        ROUTES.put("enkat-svar/:enrolmentId", STAFF);
        ROUTES.put("enkat", EnumSet.allOf(Subject.class));
        ROUTES.put("enkatmallar", EnumSet.of(Subject.SAMORDNARE));
        ROUTES.put("bedomningsmallar", EnumSet.of(Subject.SAMORDNARE));
        ROUTES.put("enkatresultat", EnumSet.of(Subject.SAMORDNARE));
        ROUTES.put("rapporter", EnumSet.of(Subject.SAMORDNARE));
        ROUTES.put("rapporter/:draftId", EnumSet.of(Subject.SAMORDNARE));
        ROUTES.put("arkiv", EnumSet.of(Subject.SAMORDNARE, Subject.STYRELSE));
        ROUTES.put("statistik", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        ROUTES.put("arsrapport", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        ROUTES.put("indikatorer", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        ROUTES.put("indikatorer/:occasionId", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        ROUTES.put("indikatorinstrument", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        // Indicator surveys are answered without an account: the one-time code is the key.
        ROUTES.put("indikatorer/svara", EnumSet.allOf(Subject.class));
        ROUTES.put("nyckeltal", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        ROUTES.put("import", EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE));
        // Exports carry personal data: the programme's coordinator's, not the administrator's.
        ROUTES.put("export", EnumSet.of(Subject.SAMORDNARE));
        ROUTES.put("registerutdrag", A);
        ROUTES.put("kodlistor", A);
        ROUTES.put("anvandare", A);
        ROUTES.put("gallring", A);
        ROUTES.put("granskningslogg", A);
    }

    /** Service method → who may call it. Roles only; programme checks come on top. */
    static final Map<String, Set<Subject>> METHODS = new TreeMap<>();

    private static void methods(Set<Subject> who, String... names) {
        for (String n : names) {
            METHODS.put(n, who);
        }
    }

    static {
        Set<Subject> adminAndCoordinator = EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE);
        Set<Subject> staffAndAdmin = EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE, Subject.PERSONAL);
        methods(A, "AuditService.search", "AuditService.entriesAbout", "AuditService.verify",
                "AuditService.verifyAndAnchor", "AuditService.latestCheck",
                "CodeListService.valuesForAdmin", "CodeListService.change", "CodeListService.add",
                "EnrolmentService.dueForRetention", "EnrolmentService.anonymiseForRetention",
                "RetentionService.preview", "RetentionService.run", "RetentionService.recentRuns",
                "ProgrammeService.all", "UserService.list", "UserService.create", "UserService.update",
                "UserService.setEnabled", "UserService.resetPassword", "UserService.hasSecondFactor",
                "UserService.newSecondFactorSecret", "UserService.secondFactorUri", "UserService.enableSecondFactor",
                "UserService.disableSecondFactor", "UserService.resetSecondFactor");
        methods(staffAndAdmin, "CodeListService.activeValues", "CodeListService.allValues", "CodeListService.exitGroups",
                "ProgrammeService.visibleProgrammes", "ProgrammeService.placesOn");
        methods(STAFF, "EnrolmentService.enrol", "EnrolmentService.decide", "EnrolmentService.exit",
                "EnrolmentService.withdrawConsent", "EnrolmentService.moveToAnonymousPerson",
                "EnrolmentService.addFollowUp", "EnrolmentService.fileOf", "EnrolmentService.canSeePerson",
                "HeadcountService.register", "HeadcountService.list", "HeadcountService.headcountProgrammes",
                "PersonService.register", "PersonService.search", "PersonService.registerAndRefer",
                "PersonService.open", "PersonService.updateDetails", "PersonService.enrol", "PersonService.decide",
                "PersonService.withdrawConsent", "ProgrammeService.enrolmentLimits", "PersonService.enrolments",
                "PersonService.acceptedIn", "GroupService.groups", "GroupService.group", "GroupService.sessionsOf",
                "GroupService.session", "GroupService.calendar", "GroupService.membersOf", "GroupService.addMember",
                "GroupService.addMembers", "GroupService.candidates",
                "GroupService.memberLeaves", "AttendanceService.sheet", "AttendanceService.mark",
                "AttendanceService.headcount", "AttendanceService.figures", "AttendanceService.ratesOf",
                "AttendanceService.heldSessionsOf", "EarlyWarningService.forMyParticipants",
                "EarlyWarningService.forProgramme");
        methods(EnumSet.of(Subject.SAMORDNARE), "GroupService.createGroup", "GroupService.updateGroup",
                "GroupService.generateSeries", "GroupService.updateSession");
        methods(EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE), "GroupService.addRoom", "GroupService.addInterpreter");
        methods(staffAndAdmin, "EnrolmentService.countEnrolmentsOf", "UserService.staffOf", "UserService.staffIdsOf",
                "GroupService.rooms", "GroupService.interpreters");
        methods(adminAndCoordinator, "ProgrammeService.list", "ProgrammeService.get", "ProgrammeService.isNameTaken",
                "ProgrammeService.save", "ProgrammeService.places", "ProgrammeService.savePlaces",
                "ProgrammeService.deletePlaces");
        methods(EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE, Subject.PERSONAL, Subject.STYRELSE,
                Subject.PASSWORD_STEP), "UserService.changeOwnPassword");
        methods(EnumSet.of(Subject.SECOND_FACTOR_STEP), "UserService.verifySecondFactor");
        methods(STAFF, "QuestionnaireService.template", "QuestionnaireService.answer",
                "QuestionnaireService.hasAnswered", "QuestionnaireService.createCode");
        methods(EnumSet.of(Subject.SAMORDNARE), "ReportService.figures", "ReportService.programmes",
                "ReportService.drafts", "ReportService.draft", "ReportService.createDraft", "ReportService.saveDraft",
                "ReportService.deleteDraft", "ReportService.quotable", "ReportService.preview", "ReportService.generate",
                "ReportService.publish", "ReportService.periodPresets", "ReportService.privacyThreshold",
                "AttendanceService.summaries");
        methods(EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE), "ReportService.publishForbund",
                "StatisticsService.statistics", "StatisticsService.labels", "StatisticsService.supportByOutcome",
                "StatisticsService.crossTableProgrammes", "StatisticsService.finsam", "StatisticsService.pdf",
                "StatisticsService.publish", "StatisticsService.privacyThreshold", "StatisticsService.keyFigures",
                "ImportService.dryRun", "ImportService.commit", "ImportService.template");
        methods(EnumSet.of(Subject.SAMORDNARE), "ImportService.export");
        methods(EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE), "ReportService.publishedIn", "ReportService.publishedPdf",
                "AnnualReportService.overview", "AnnualReportService.save", "AnnualReportService.preview",
                "AnnualReportService.publish");
        methods(EnumSet.of(Subject.ADMIN), "RegisterExtractService.find", "RegisterExtractService.json",
                "RegisterExtractService.pdf");
        methods(EnumSet.of(Subject.SAMORDNARE, Subject.STYRELSE), "ReportService.archive",
                "ReportService.archivedProgrammes", "ReportService.archivedPdf");
        methods(EnumSet.of(Subject.SAMORDNARE), "QuestionnaireService.versions", "QuestionnaireService.saveTemplate",
                "QuestionnaireService.results");
        methods(STAFF, "AssessmentService.template", "AssessmentService.overview", "AssessmentService.record",
                "AssessmentService.edit", "AssessmentService.dueForMyParticipants", "AssessmentService.startWeeks",
                "AssessmentService.followUpWeeks");
        methods(EnumSet.of(Subject.SAMORDNARE), "AssessmentService.saveTemplate", "AssessmentService.facts",
                "AssessmentService.dimensions", "AssessmentService.templateVersions");
        // The figures' reading for the reports and the förbund-wide statistics, whose own methods check access.
        methods(EnumSet.of(Subject.SAMORDNARE, Subject.ADMIN), "AssessmentService.factsForFigures",
                "AssessmentService.dimensionsForFigures");
        methods(EnumSet.of(Subject.ADMIN, Subject.SAMORDNARE), "IndicatorService.instruments",
                "IndicatorService.instrumentVersions", "IndicatorService.occasions", "IndicatorService.occasion",
                "IndicatorService.createOccasion", "IndicatorService.updateOccasion", "IndicatorService.setClosed",
                "IndicatorService.issueCodes", "IndicatorService.results", "IndicatorService.privacyThreshold",
                "IndicatorService.pdf", "IndicatorService.publish", "IndicatorService.exportCsv",
                "IndicatorService.exportXlsx");
        methods(EnumSet.of(Subject.ADMIN), "IndicatorService.addInstrument", "IndicatorService.rewordInstrument");
        methods(EnumSet.allOf(Subject.class), "IndicatorService.openCode", "IndicatorService.submit");
        // The tablet answers without a login: the code is the key.
        methods(EnumSet.allOf(Subject.class), "QuestionnaireService.openCode", "QuestionnaireService.submitWithCode",
                "QuestionnaireService.privacyThreshold");
    }

    /**
     * Public methods without a role check, on purpose: the audit log's writers (called by the
     * services after their own checks), a yes/no the programme views ask, and the password
     * login's own lookup of the user (before anyone is logged in).
     */
    static final Set<String> UNCHECKED = Set.of("DatabaseUserDetailsService.loadUserByUsername",
            "AuditService.recordRead", "AuditService.recordReadOfPersons", "AuditService.recordChange",
            "ProgrammeService.canEdit");

    @Autowired
    ApplicationContext context;
    @Autowired
    se.samspar.programme.ProgrammeService programmes;
    @Autowired
    UserService users;
    @Autowired
    PersonService persons;
    @LocalServerPort
    int port;

    private long programmeId;
    private long personId;
    private long groupId;
    private long sessionId;
    private long enrolmentId;
    private long draftId;
    private long occasionId;
    @Autowired
    se.samspar.indicator.IndicatorService indicators;
    @Autowired
    se.samspar.report.ReportService reports;
    @Autowired
    se.samspar.session.GroupService groups;
    private final Map<Subject, String> usernames = new java.util.EnumMap<>(Subject.class);

    @BeforeEach
    void programmeStaffAndParticipant() {
        programmeId = newProgramme("Behörighet", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 5);
        String coordinator = "matris-samordnare-" + Long.toString(System.nanoTime(), 36);
        users.create(new UserDraft(coordinator, "Sam Samordnare", null, Set.of(Role.SAMORDNARE), Set.of(programmeId)));
        String staff = newStaff("Per Personal", programmeId)[0];
        String admin = "matris-admin-" + Long.toString(System.nanoTime(), 36);
        users.create(new UserDraft(admin, "Ada Admin", null, Set.of(Role.ADMIN), Set.of()));
        usernames.put(Subject.ADMIN, admin);
        usernames.put(Subject.SAMORDNARE, coordinator);
        usernames.put(Subject.PERSONAL, staff);
        usernames.put(Subject.STYRELSE, "matris-styrelse");
        usernames.put(Subject.PASSWORD_STEP, staff);
        usernames.put(Subject.SECOND_FACTOR_STEP, admin);
        act(Subject.PERSONAL);
        personId = persons.registerAndRefer(PersonDraft.identified(TestPersonnummer.of(
                        LocalDate.of(1970, 1, 1).plusDays(System.nanoTime() % 9000), Kon.KVINNA, 996), "Maja", "Matris", null),
                EnrolmentDraft.startingOn(programmeId, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 10))).personId();
        enrolmentId = persons.open(personId, false).enrolments().getFirst().getId();
        act(Subject.SAMORDNARE);
        LocalDate monday = LocalDate.of(2025, 3, 3);
        groupId = groups.createGroup(new se.samspar.session.GroupDraft(programmeId, "Matrisgrupp", monday, null,
                Set.of(users.staffOf(programmeId).getFirst().id()), null, null, null, null, false, null)).getId();
        sessionId = groups.generateSeries(groupId, se.samspar.session.SeriesPlan.weekly(monday, 1,
                Set.of(java.time.DayOfWeek.MONDAY), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0), false),
                "Behörighetstest").getFirst().getId();
        draftId = reports.createDraft(programmeId, se.samspar.report.ReportKind.DELAR, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30)).getId();
        occasionId = indicators.createOccasion(new se.samspar.indicator.OccasionDraft("Behörighet "
                + Long.toString(System.nanoTime(), 36), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31),
                Map.of(se.samspar.indicator.RespondentGroup.STYRELSE, 8))).id();
    }

    private void act(Subject s) {
        String authority = switch (s) {
            case ADMIN -> Role.ROLE_ADMIN;
            case SAMORDNARE -> Role.ROLE_SAMORDNARE;
            case PERSONAL -> Role.ROLE_PERSONAL;
            case STYRELSE -> Role.ROLE_STYRELSE;
            case PASSWORD_STEP -> AccountStep.ROLE_PASSWORD_CHANGE;
            case SECOND_FACTOR_STEP -> AccountStep.ROLE_SECOND_FACTOR;
            case ANONYMOUS -> null;
        };
        if (authority == null) {
            SecurityContextHolder.clearContext();
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                usernames.get(s), null, List.of(new SimpleGrantedAuthority(authority))));
    }

    private String path(String template) {
        return template.replace(":programmeId", Long.toString(programmeId)).replace(":personId", Long.toString(personId))
                .replace(":groupId", Long.toString(groupId)).replace(":sessionId", Long.toString(sessionId))
                .replace(":enrolmentId", Long.toString(enrolmentId)).replace(":draftId", Long.toString(draftId))
                .replace(":occasionId", Long.toString(occasionId));
    }

    @Test
    void every_route_opens_for_exactly_the_subjects_the_table_names() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).extracting(RouteData::getTemplate).containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
        List<String> wrong = new ArrayList<>();
        for (RouteData route : routes) {
            for (Subject s : Subject.values()) {
                act(s);
                UI.getCurrent().navigate(path(route.getTemplate()));
                boolean opened = route.getNavigationTarget().isInstance(getCurrentView());
                if (opened != ROUTES.get(route.getTemplate()).contains(s)) {
                    wrong.add(s + (opened ? " opened /" : " could not open /") + route.getTemplate()
                            + " (got " + getCurrentView().getClass().getSimpleName() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_address_without_a_login_leads_to_the_login_page_except_the_open_ones() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String template : ROUTES.keySet()) {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"
                    + path(template))).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
            if (ROUTES.get(template).contains(Subject.ANONYMOUS)) {
                assertThat(r.statusCode()).isEqualTo(200);
            } else {
                assertThat(r.statusCode()).as(template).isEqualTo(302);
                assertThat(r.headers().firstValue("Location").orElse("")).as(template).endsWith("/login");
            }
        }
    }

    @Test
    void every_service_method_refuses_the_roles_the_table_leaves_out() throws Exception {
        Map<String, Method> found = new TreeMap<>();
        List<Object> beans = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("se.samspar")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                // Static helpers hold no data and no proxy could check them.
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers())) {
                    found.put(type.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()), m);
                    beans.add(bean);
                }
            }
        }
        Set<String> names = new TreeSet<>();
        found.keySet().forEach(k -> names.add(k.substring(0, k.indexOf('['))));
        Set<String> expected = new TreeSet<>(METHODS.keySet());
        expected.addAll(UNCHECKED);
        assertThat(names).as("every public service method is in the table").isEqualTo(expected);

        List<String> wrong = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("se.samspar")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String name = type.getSimpleName() + "." + m.getName();
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || Modifier.isStatic(m.getModifiers())
                        || UNCHECKED.contains(name)) {
                    continue;
                }
                for (Subject s : Subject.values()) {
                    act(s);
                    boolean refused = refusedByRole(bean, m);
                    boolean allowed = METHODS.get(name).contains(s);
                    if (refused == allowed) {
                        wrong.add(s + (refused ? " was refused " : " was let into ") + name);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Calls with harmless arguments: refused by the role check, or let through to the method body. */
    private static boolean refusedByRole(Object bean, Method m) {
        Object[] args = Arrays.stream(m.getParameterTypes()).map(AccessMatrixTest::harmless).toArray();
        try {
            m.invoke(bean, args);
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return cause instanceof AuthorizationDeniedException
                    || cause instanceof AuthenticationCredentialsNotFoundException;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object harmless(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return -1L;
        }
        if (type == int.class || type == Integer.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2000, 1, 1);
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 1);
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }
}
