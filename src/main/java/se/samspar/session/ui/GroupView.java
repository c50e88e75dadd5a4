package se.samspar.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.participant.Kon;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.UserService;
import se.samspar.session.AttendanceService;
import se.samspar.session.Group;
import se.samspar.session.GroupFigures;
import se.samspar.session.GroupMember;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;

/**
 * One group: its settings, the figures the reports carry, the sessions (click one to take
 * attendance) and the members with their attendance rates.
 */
@Route("grupper/:groupId")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.PERSONAL_NAME})
public class GroupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "groupId";

    private final AuditService audit;
    private final GroupService groups;
    private final AttendanceService attendance;
    private final PersonService persons;
    private final UserService users;
    private final CurrentUser currentUser;
    private final List<Programme> programmes;
    private final LocalDate today;
    private final Map<Long, String> rooms = new LinkedHashMap<>();
    private final Map<Long, String> interpreters = new HashMap<>();
    private final Map<Long, String> staff = new LinkedHashMap<>();
    private Group group;
    final Grid<GroupSession> sessions = new Grid<>();
    final Grid<MemberRow> members = new Grid<>();
    final Div figures = new Div();

    /** A member as the group page shows them. */
    record MemberRow(long enrolmentId, String name, LocalDate joined, LocalDate leftOn, GroupFigures.Rate rate) {
    }

    GroupView(GroupService groups, AttendanceService attendance, PersonService persons, UserService users,
              ProgrammeService programmes, CurrentUser currentUser, Clock clock, AuditService audit) {
        this.audit = audit;
        this.groups = groups;
        this.attendance = attendance;
        this.persons = persons;
        this.users = users;
        this.currentUser = currentUser;
        this.programmes = programmes.visibleProgrammes();
        this.today = LocalDate.now(clock);
        addClassName("group-view");
        groups.rooms().forEach(r -> rooms.put(r.getId(), r.getName()));
        groups.interpreters().forEach(i -> interpreters.put(i.getId(), i.label()));
    }

    static RouteParameters parameters(long groupId) {
        return new RouteParameters(PARAM, Long.toString(groupId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            group = groups.group(Long.parseLong(event.getRouteParameters().get(PARAM).orElse("")));
        } catch (AccessDeniedException e) {
            // Another programme's group: recorded, and shown as not found so nothing reveals that it exists.
            audit.recordRead(AuditAction.REFUSED, null, null, "grupper/" + event.getRouteParameters().get(PARAM).orElse(""));
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (NumberFormatException | InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draw();
    }

    void refresh() {
        group = groups.group(group.getId());
        draw();
    }

    private boolean coordinator() {
        return currentUser.hasRole(Role.SAMORDNARE);
    }

    private void draw() {
        removeAll();
        staff.clear();
        users.staffOf(group.getProgrammeId()).forEach(m -> staff.put(m.id(), m.fullName()));
        add(new H2(group.getName()));
        add(facts());
        if (coordinator()) {
            Button edit = new Button(getTranslation("group.edit"), VaadinIcon.EDIT.create(),
                    e -> new GroupDialog(groups, users, programmes, group, g -> refresh()).open());
            Button series = new Button(getTranslation("series.create"), VaadinIcon.CALENDAR.create(),
                    e -> new SeriesDialog(groups, group, today, this::refresh).open());
            series.addThemeVariants(ButtonVariant.PRIMARY);
            add(new HorizontalLayout(series, edit));
        }
        List<GroupSession> list = groups.sessionsOf(group.getId());
        GroupFigures.Figures f = attendance.figures(group.getId());
        if (!group.isHeadcountOnly()) {
            figures.removeAll();
            figures.addClassName("group-figures");
            figures.add(figure("group.figures.invited", f.invited()), figure("group.figures.came-to-first", f.cameToFirst()),
                    figure("group.figures.started", f.started()), figure("group.figures.present-at-last", f.presentAtLast()));
            add(new H3(getTranslation("group.figures")), figures,
                    new Paragraph(getTranslation("group.figures.kon", f.startedByKon().getOrDefault(Kon.KVINNA.name(), 0),
                            f.startedByKon().getOrDefault(Kon.MAN.name(), 0))
                            + " " + getTranslation("group.figures.without-absence", f.withoutAbsence(), f.started())
                            + " " + getTranslation("group.figures.held", f.sessionsHeld(), list.size())));
        }
        add(new H3(getTranslation("group.sessions")), sessionGrid(list));
        if (!group.isHeadcountOnly()) {
            add(new H3(getTranslation("group.members")), memberSection(f));
        }
    }

    private Div facts() {
        Div d = new Div();
        d.addClassName("facts");
        programmes.stream().filter(p -> p.getId() == group.getProgrammeId()).findFirst()
                .ifPresent(p -> d.add(fact("group.programme", p.getName())));
        d.add(fact("group.dates", group.getStartDate() + " – " + (group.getEndDate() == null ? "" : group.getEndDate())));
        d.add(fact("group.leaders", SessionFormat.names(group.getLeaderIds(), staff)));
        if (group.getRoomId() != null) {
            d.add(fact("group.room", rooms.getOrDefault(group.getRoomId(), "")));
        }
        if (group.getLanguage() != null) {
            d.add(fact("group.language", group.getLanguage()));
        }
        if (group.getInterpreterId() != null) {
            d.add(fact("group.interpreter", interpreters.getOrDefault(group.getInterpreterId(), "")));
        }
        if (group.getCapacity() != null) {
            d.add(fact("group.capacity", group.getCapacity().toString()));
        }
        if (group.isHeadcountOnly()) {
            d.add(fact("group.kind", getTranslation("group.headcount-only")));
        }
        if (group.getNotes() != null) {
            d.add(fact("group.notes", group.getNotes()));
        }
        return d;
    }

    private static Div fact(String key, String value) {
        Span label = new Span(com.vaadin.flow.i18n.I18NProvider.translate(key));
        label.addClassName("fact-label");
        Div d = new Div(label, new Span(value));
        d.addClassName("fact");
        return d;
    }

    private Div figure(String key, int value) {
        Span number = new Span(Integer.toString(value));
        number.addClassName("figure-value");
        Span label = new Span(getTranslation(key));
        label.addClassName("figure-label");
        Div d = new Div(number, label);
        d.addClassName("figure");
        return d;
    }

    private Grid<GroupSession> sessionGrid(List<GroupSession> list) {
        sessions.removeAllColumns();
        sessions.addColumn(GroupSession::getNumber).setHeader(getTranslation("session.number")).setWidth("5rem")
                .setFlexGrow(0);
        sessions.addColumn(s -> SessionFormat.day(s.getDate())).setHeader(getTranslation("session.date"))
                .setAutoWidth(true).setFlexGrow(0);
        sessions.addColumn(s -> SessionFormat.times(s.getStart(), s.getEnd())).setHeader(getTranslation("session.time"))
                .setAutoWidth(true).setFlexGrow(0);
        sessions.addColumn(s -> s.getTheme() == null ? "" : s.getTheme()).setHeader(getTranslation("session.theme"))
                .setFlexGrow(2);
        sessions.addColumn(s -> s.getGuestRole() == null && s.getGuestName() == null ? ""
                : String.join(", ", java.util.stream.Stream.of(s.getGuestRole(), s.getGuestName())
                        .filter(java.util.Objects::nonNull).toList()))
                .setHeader(getTranslation("session.guest"));
        sessions.addColumn(s -> s.getRoomId() == null ? "" : rooms.getOrDefault(s.getRoomId(), ""))
                .setHeader(getTranslation("group.room"));
        sessions.addColumn(s -> s.isCancelled() ? getTranslation("session.cancelled")
                : s.isIntake() ? getTranslation("session.intake") : "").setHeader(getTranslation("session.status"));
        sessions.addComponentColumn(s -> {
            HorizontalLayout actions = new HorizontalLayout();
            Button take = new Button(getTranslation("attendance.take"), e -> getUI().ifPresent(ui ->
                    ui.navigate(AttendanceView.class, AttendanceView.parameters(s.getId()))));
            take.addThemeVariants(ButtonVariant.SMALL);
            take.setEnabled(!s.isCancelled());
            actions.add(take);
            if (coordinator()) {
                Button edit = new Button(getTranslation("session.change"), e -> new SessionDialog(groups, group, s, rooms,
                        staff, this::refresh).open());
                edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                actions.add(edit);
            }
            return actions;
        }).setWidth(coordinator() ? "11rem" : "7rem").setFlexGrow(0);
        sessions.setPartNameGenerator(s -> s.isCancelled() ? "cancelled" : s.getDate().equals(today) ? "today" : null);
        sessions.setEmptyStateText(getTranslation(coordinator() ? "group.no-sessions.coordinator" : "group.no-sessions"));
        sessions.setAllRowsVisible(true);
        sessions.setItems(list);
        return sessions;
    }

    private Div memberSection(GroupFigures.Figures f) {
        List<GroupMember> list = groups.membersOf(group.getId());
        Map<Long, String> names = persons.enrolments(list.stream().map(GroupMember::getEnrolmentId).toList(),
                        "gruppdeltagare: " + group.getName()).stream()
                .collect(Collectors.toMap(ParticipantRow::enrolmentId, SessionFormat::participantName));
        List<MemberRow> rows = list.stream().map(m -> new MemberRow(m.getEnrolmentId(),
                names.getOrDefault(m.getEnrolmentId(), ""), m.getJoined(), m.getLeftOn(),
                f.rates().getOrDefault(m.getEnrolmentId(), new GroupFigures.Rate(0, 0)))).toList();
        members.removeAllColumns();
        members.addColumn(MemberRow::name).setHeader(getTranslation("group.member.name")).setFlexGrow(2);
        members.addColumn(r -> r.joined().toString()).setHeader(getTranslation("group.member.joined"));
        members.addColumn(r -> r.leftOn() == null ? "" : r.leftOn().toString()).setHeader(getTranslation("group.member.left"));
        members.addColumn(r -> rateText(r.rate())).setHeader(getTranslation("group.member.rate"));
        members.addComponentColumn(r -> {
            Button leaves = new Button(getTranslation("group.member.leaves"), e -> leavesDialog(r).open());
            leaves.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            leaves.setVisible(r.leftOn() == null);
            // The group evaluation lives in the questionnaire module: opened by address.
            Button evaluation = new Button(getTranslation("group.member.evaluation"), e -> getUI().ifPresent(ui ->
                    ui.navigate("enkat-svar/" + r.enrolmentId(), com.vaadin.flow.router.QueryParameters.of("grupp",
                            Long.toString(group.getId())))));
            evaluation.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            return new HorizontalLayout(evaluation, leaves);
        }).setAutoWidth(true).setFlexGrow(0);
        members.setEmptyStateText(getTranslation("group.no-members"));
        members.setAllRowsVisible(true);
        members.setItems(rows);

        Button add = new Button(getTranslation("group.member.add"), VaadinIcon.PLUS.create(), e -> addDialog().open());
        Div d = new Div(add, members);
        d.addClassName("group-members");
        return d;
    }

    private String rateText(GroupFigures.Rate rate) {
        return rate.percent().map(p -> getTranslation("group.member.rate.value", rate.present(), rate.sessions(), p))
                .orElse("–");
    }

    AddMembersDialog addDialog() {
        return new AddMembersDialog(groups, group, today, this::refresh);
    }

    private Dialog leavesDialog(MemberRow row) {
        Dialog dialog = new Dialog(getTranslation("group.member.leaves.title", row.name()));
        DatePicker lastDay = Fields.datePicker(getTranslation("group.member.left"));
        lastDay.setValue(today);
        FormErrors errors = new FormErrors().required("leftOn", lastDay);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (errors.save(() -> groups.memberLeaves(group.getId(), row.enrolmentId(), lastDay.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(lastDay);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return group == null ? getTranslation("menu.groups") : group.getName();
    }
}
