package se.samspar.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.base.CodeLists;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.codelist.CodeListService;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.EnrolmentStatus;
import se.samspar.enrolment.FollowUpContact;
import se.samspar.participant.AttendanceRates;
import se.samspar.participant.Person;
import se.samspar.participant.PersonService;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.UserService;

/**
 * One participant: who they are (as far as consent allows) and a timeline per enrolment in the
 * user's programmes, with the next steps: decision and start, exit, withdrawn consent.
 */
@Route("deltagare/:personId")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.PERSONAL_NAME})
public class ParticipantView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "personId";
    /** Query parameter telling that the person was opened from a search hit (for the audit log). */
    static final String FROM = "fran";
    static final String FROM_SEARCH = "sok";

    private final PersonService persons;
    private final EnrolmentService enrolments;
    private final CodeListService codes;
    private final UserService users;
    private final Map<Long, String> programmeNames;
    private final Clock clock;
    private final AttendanceRates attendance;
    /** Attendance at group sessions per enrolment, read once per rendering. */
    private Map<Long, AttendanceRates.Rate> rates = Map.of();
    private Person person;
    private PersonService.ParticipantFile file;
    /** The code lists' labels, read once per rendering: code → label, retired values included. */
    private Map<String, String> exitReasons = Map.of();
    private Map<String, String> partners = Map.of();
    private Map<String, String> educations = Map.of();
    private Map<String, String> supports = Map.of();
    final List<Button> actions = new ArrayList<>();
    private final List<String> municipalities;
    private final org.springframework.beans.factory.ObjectProvider<se.samspar.base.ui.EnrolmentSection> sections;

    ParticipantView(PersonService persons, EnrolmentService enrolments, CodeListService codes, UserService users,
                    ProgrammeService programmes, AttendanceRates attendance, Clock clock,
                    @org.springframework.beans.factory.annotation.Value("${samspar.forbund.municipalities:}")
                    String[] municipalities,
                    org.springframework.beans.factory.ObjectProvider<se.samspar.base.ui.EnrolmentSection> sections) {
        this.sections = sections;
        this.municipalities = List.of(municipalities);
        this.attendance = attendance;
        this.persons = persons;
        this.enrolments = enrolments;
        this.codes = codes;
        this.users = users;
        this.clock = clock;
        this.programmeNames = programmes.visibleProgrammes().stream()
                .collect(Collectors.toMap(Programme::getId, Programme::getName));
        addClassName("participant-view");
    }

    static RouteParameters parameters(long personId) {
        return new RouteParameters(PARAM, Long.toString(personId));
    }

    /** Opens the person from a search hit. */
    static void openFromSearch(com.vaadin.flow.component.UI ui, long personId) {
        ui.navigate(ParticipantView.class, parameters(personId),
                com.vaadin.flow.router.QueryParameters.of(FROM, FROM_SEARCH));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(PARAM).orElse(""));
            boolean fromSearch = event.getLocation().getQueryParameters().getSingleParameter(FROM)
                    .filter(FROM_SEARCH::equals).isPresent();
            file = persons.open(id, fromSearch);
        } catch (NumberFormatException | InvalidInputException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draw();
    }

    /** Reads the person again (after a change) and shows them. */
    void render() {
        file = persons.open(person.getId(), false);
        draw();
        getUI().ifPresent(se.samspar.base.ui.MainLayout::refreshTitle);
    }

    private void draw() {
        removeAll();
        actions.clear();
        person = file.person();
        exitReasons = codes.allValues(CodeLists.EXIT_REASON);
        partners = codes.allValues(CodeLists.PARTNER);
        educations = codes.allValues(CodeLists.EDUCATION);
        supports = codes.allValues(CodeLists.SUPPORT);
        add(new H2(title()));
        add(details());
        if (!person.isAnonymous()) {
            add(new HorizontalLayout(action("participant.action.edit",
                    () -> new PersonDetailsDialog(persons, person, municipalities, this::render).open())));
        }
        LocalDate today = LocalDate.now(clock);
        rates = attendance.ratesOf(file.enrolments().stream().map(Enrolment::getId).toList());
        for (Enrolment e : file.enrolments()) {
            add(card(e, today, file.followUpsOf(e.getId())));
        }
    }

    private String title() {
        return person.isAnonymous() ? getTranslation("participant.anonymous-title")
                : person.getFirstName() + " " + person.getLastName();
    }

    private Div details() {
        Div details = new Div();
        details.addClassName("participant-details");
        if (!person.isAnonymous()) {
            details.add(fact("participant.personnummer", person.getPersonnummer()));
        }
        details.add(fact("participant.kon", getTranslation(person.getKon().translationKey())));
        details.add(fact("participant.birth-year", String.valueOf(person.getBirthYear())));
        details.add(fact("participant.kommun", Objects.toString(person.getKommun(), "–")));
        if (person.getPhone() != null) {
            details.add(fact("participant.phone", person.getPhone()));
        }
        if (person.getEmail() != null) {
            details.add(fact("participant.email", person.getEmail()));
        }
        if (person.getNote() != null) {
            details.add(fact("participant.note", person.getNote()));
        }
        return details;
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    private Div card(Enrolment e, LocalDate today, List<FollowUpContact> followUps) {
        EnrolmentStatus status = e.statusOn(today);
        Span badge = new Span(getTranslation(status.translationKey()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("status-" + status.name().toLowerCase());
        HorizontalLayout header = new HorizontalLayout(new H3(programmeNames.getOrDefault(e.getProgrammeId(), "")), badge);
        header.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        List<UserService.StaffMember> staff = users.staffOf(e.getProgrammeId());
        EnrolmentTimeline timeline = new EnrolmentTimeline(e, followUps, new EnrolmentTimeline.Labels(partners,
                educations, supports, exitReasons, staff.stream().collect(Collectors.toMap(
                        UserService.StaffMember::id, UserService.StaffMember::fullName, (a, b) -> a))));

        HorizontalLayout buttons = new HorizontalLayout();
        if (e.getEndDate() == null && e.getStartDate() == null && status != EnrolmentStatus.EJ_AKTUELL) {
            buttons.add(action("participant.action.decide", () -> new StartDialog(persons, person.getId(),
                    person.isAnonymous(), e, staff, codes, LocalDate.now(clock), this::render).open()));
        }
        if (e.getStartDate() != null && e.getEndDate() == null) {
            buttons.add(action("participant.action.exit", () -> new ExitDialog(enrolments, e, codes, this::render).open()));
        }
        if (e.getStartDate() != null) {
            // The questionnaire module's page, by address: participant does not depend on it.
            buttons.add(action("participant.action.questionnaire",
                    () -> getUI().ifPresent(ui -> ui.navigate("enkat-svar/" + e.getId()))));
        }
        if (status == EnrolmentStatus.UPPFOLJNING) {
            buttons.add(action("participant.action.follow-up",
                    () -> new FollowUpDialog(enrolments, e, LocalDate.now(clock), this::render).open()));
        }
        if (e.getConsentWithdrawnDate() == null && !person.isAnonymous()) {
            buttons.add(action("participant.action.withdraw-consent",
                    () -> new WithdrawConsentDialog(persons, e, LocalDate.now(clock), this::afterWithdrawal).open()));
        }
        Div card = new Div(header);
        AttendanceRates.Rate rate = rates.get(e.getId());
        if (rate != null && rate.sessions() > 0) {
            Span attended = new Span(getTranslation("participant.attendance", rate.present(), rate.sessions(),
                    rate.percent()));
            attended.addClassName("attendance-rate");
            card.add(attended);
        }
        card.add(timeline, buttons);
        if (e.getStartDate() != null) {
            // Other modules' sections (stegförflyttning), without this module knowing them.
            sections.orderedStream().forEach(maker -> maker.create(e.getId()).ifPresent(card::add));
        }
        card.addClassName("enrolment-card");
        return card;
    }

    private void afterWithdrawal() {
        // The identity may be gone now: show the list, not a page that no longer applies.
        getUI().ifPresent(ui -> ui.navigate(ParticipantListView.class));
    }

    private Button action(String key, Runnable onClick) {
        Button b = new Button(getTranslation(key), e -> onClick.run());
        b.addThemeVariants(ButtonVariant.SMALL);
        actions.add(b);
        return b;
    }

    @Override
    public String getPageTitle() {
        return person == null ? getTranslation("menu.participants") : title();
    }

    /** For tests: the timeline texts of every enrolment card, in order. */
    List<String> timelineTexts() {
        List<String> texts = new ArrayList<>();
        getChildren().filter(c -> c.hasClassName("enrolment-card")).forEach(card -> card.getChildren()
                .filter(OrderedList.class::isInstance)
                .forEach(list -> list.getChildren().forEach(item -> texts.add(item.getElement().getTextRecursively()))));
        return texts;
    }
}
