package se.samspar.session.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.security.UserService;
import se.samspar.session.Attendance;
import se.samspar.session.AttendanceService;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;

/**
 * Attendance of one session: each member who belonged to the group that day with närvarande,
 * frånvarande and avbokat, one click (or one key: N, F, A) each, saved at once. Headcount groups
 * give the number of women and men present instead.
 */
@Route("narvaro/:sessionId")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.PERSONAL_NAME})
public class AttendanceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "sessionId";
    private static final Map<Attendance, Key> KEYS = Map.of(Attendance.NARVARANDE, Key.KEY_N,
            Attendance.FRANVARANDE, Key.KEY_F, Attendance.AVBOKAT, Key.KEY_A);

    private final AuditService audit;
    private final AttendanceService attendance;
    private final GroupService groups;
    private final UserService users;
    private final CurrentUser currentUser;
    private AttendanceService.Sheet sheet;
    /** The member rows in screen order, and each row's buttons, for tests and keyboard moves. */
    final List<MemberLine> lines = new ArrayList<>();
    final Span summary = new Span();
    final Button restPresent = new Button(getTranslation("attendance.rest-present"), VaadinIcon.CHECK.create());
    final IntegerField women = Fields.integerField(getTranslation("headcount.women"));
    final IntegerField men = Fields.integerField(getTranslation("headcount.men"));
    final Button saveHeadcount = new Button(getTranslation("action.save"));

    /** One member's line on the sheet. */
    final class MemberLine extends Div {
        final long enrolmentId;
        final String name;
        final Map<Attendance, Button> buttons = new EnumMap<>(Attendance.class);
        Attendance value;

        MemberLine(AttendanceService.Row row) {
            this.enrolmentId = row.enrolmentId();
            this.name = SessionFormat.participantName(row.person());
            this.value = row.attendance();
            addClassName("attendance-line");
            getElement().setAttribute("role", "group");
            getElement().setAttribute("aria-label", name);
            Span who = new Span(name);
            who.addClassName("attendance-name");
            Div choices = new Div();
            choices.addClassName("attendance-choices");
            for (Attendance a : Attendance.values()) {
                Button b = new Button(getTranslation(a.translationKey()), e -> choose(a));
                b.addClassName("attendance-" + a.name().toLowerCase(java.util.Locale.ROOT));
                b.getElement().setAttribute("aria-keyshortcuts", a.name().substring(0, 1));
                buttons.put(a, b);
                choices.add(b);
                Shortcuts.addShortcutListener(this, () -> {
                    choose(a);
                    focusNext(this);
                }, KEYS.get(a)).listenOn(this);
            }
            add(who, choices);
            show();
        }

        /** Saves the choice at once; on a refusal the line keeps its earlier value. */
        void choose(Attendance a) {
            try {
                attendance.mark(sheet.session().getId(), enrolmentId, a);
                value = a;
                show();
                updateSummary();
            } catch (InvalidInputException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        }

        private void show() {
            buttons.forEach((a, b) -> {
                boolean chosen = a == value;
                b.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
                b.removeThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS, ButtonVariant.ERROR,
                        ButtonVariant.WARNING);
                if (chosen) {
                    b.addThemeVariants(ButtonVariant.PRIMARY, switch (a) {
                        case NARVARANDE -> ButtonVariant.SUCCESS;
                        case FRANVARANDE -> ButtonVariant.ERROR;
                        case AVBOKAT -> ButtonVariant.WARNING;
                    });
                }
            });
            getElement().setAttribute("data-attendance", value == null ? "" : value.name());
        }
    }

    AttendanceView(AttendanceService attendance, GroupService groups, UserService users, CurrentUser currentUser,
                   AuditService audit) {
        this.audit = audit;
        this.attendance = attendance;
        this.groups = groups;
        this.users = users;
        this.currentUser = currentUser;
        addClassName("attendance-view");
    }

    static RouteParameters parameters(long sessionId) {
        return new RouteParameters(PARAM, Long.toString(sessionId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            sheet = attendance.sheet(Long.parseLong(event.getRouteParameters().get(PARAM).orElse("")));
        } catch (AccessDeniedException e) {
            // Another programme's session: recorded, and shown as not found.
            audit.recordRead(AuditAction.REFUSED, null, null, "narvaro/" + event.getRouteParameters().get(PARAM).orElse(""));
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (NumberFormatException | InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draw();
    }

    private void draw() {
        removeAll();
        lines.clear();
        GroupSession s = sheet.session();
        Map<Long, String> staff = new LinkedHashMap<>();
        users.staffOf(sheet.group().getProgrammeId()).forEach(m -> staff.put(m.id(), m.fullName()));
        Map<Long, String> rooms = new HashMap<>();
        groups.rooms().forEach(r -> rooms.put(r.getId(), r.getName()));

        add(new H2(getPageTitle()));
        List<String> about = new ArrayList<>();
        about.add(SessionFormat.dayMonth(s.getDate()) + " " + s.getDate().getYear() + ", "
                + SessionFormat.times(s.getStart(), s.getEnd()));
        if (s.getRoomId() != null) {
            about.add(rooms.getOrDefault(s.getRoomId(), ""));
        }
        if (!s.getLeaderIds().isEmpty()) {
            about.add(SessionFormat.names(s.getLeaderIds(), staff));
        }
        if (s.getTheme() != null) {
            about.add(getTranslation("session.theme") + ": " + s.getTheme());
        }
        if (s.getGuestRole() != null || s.getGuestName() != null) {
            about.add(getTranslation("session.guest") + ": " + String.join(", ", java.util.stream.Stream
                    .of(s.getGuestRole(), s.getGuestName()).filter(java.util.Objects::nonNull).toList()));
        }
        Paragraph info = new Paragraph(String.join(" · ", about));
        info.addClassName("session-info");
        add(info);

        HorizontalLayout actions = new HorizontalLayout(new Button(getTranslation("attendance.back"),
                VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(ui -> ui.navigate(GroupView.class,
                        GroupView.parameters(sheet.group().getId())))));
        if (currentUser.hasRole(Role.SAMORDNARE)) {
            actions.add(new Button(getTranslation("session.change"), VaadinIcon.EDIT.create(), e ->
                    new SessionDialog(groups, sheet.group(), s, rooms, staff, this::reload).open()));
        }
        add(actions);

        if (s.isCancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("attendance.error.cancelled"));
            cancelled.addClassName("notice");
            add(cancelled);
        } else if (sheet.group().isHeadcountOnly()) {
            add(headcountForm());
        } else {
            add(sheetOfMembers());
        }
    }

    private void reload() {
        sheet = attendance.sheet(sheet.session().getId());
        draw();
    }

    private Div headcountForm() {
        if (sheet.headcount() != null) {
            women.setValue(sheet.headcount().women());
            men.setValue(sheet.headcount().men());
        }
        FormErrors errors = new FormErrors().required("women", women).required("men", men);
        saveHeadcount.addThemeVariants(ButtonVariant.PRIMARY);
        saveHeadcount.addClickListener(e -> {
            if (errors.save(() -> attendance.headcount(sheet.session().getId(), women.getValue(), men.getValue()))) {
                Notifications.success(getTranslation("attendance.headcount.saved"));
            }
        });
        HorizontalLayout row = new HorizontalLayout(women, men, saveHeadcount);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(new Paragraph(getTranslation("attendance.headcount.help")), row);
    }

    private Div sheetOfMembers() {
        Div list = new Div();
        list.addClassName("attendance-list");
        for (AttendanceService.Row row : sheet.rows()) {
            MemberLine line = new MemberLine(row);
            lines.add(line);
            list.add(line);
        }
        restPresent.addClickListener(e -> {
            lines.stream().filter(l -> l.value == null).forEach(l -> l.choose(Attendance.NARVARANDE));
        });
        summary.addClassName("attendance-summary");
        updateSummary();
        HorizontalLayout top = new HorizontalLayout(summary, restPresent);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph hint = new Paragraph(getTranslation("attendance.keyboard"));
        hint.addClassName("hint");
        if (lines.isEmpty()) {
            return new Div(new Paragraph(getTranslation("attendance.no-members")));
        }
        return new Div(top, hint, list);
    }

    private void updateSummary() {
        Map<Attendance, Integer> counts = new EnumMap<>(Attendance.class);
        int open = 0;
        for (MemberLine l : lines) {
            if (l.value == null) {
                open++;
            } else {
                counts.merge(l.value, 1, Integer::sum);
            }
        }
        summary.setText(getTranslation("attendance.summary", counts.getOrDefault(Attendance.NARVARANDE, 0),
                counts.getOrDefault(Attendance.FRANVARANDE, 0), counts.getOrDefault(Attendance.AVBOKAT, 0), open));
        restPresent.setEnabled(open > 0);
    }

    /** After a key press, the next member's first button takes the focus. */
    private void focusNext(MemberLine line) {
        int i = lines.indexOf(line);
        if (i >= 0 && i + 1 < lines.size()) {
            lines.get(i + 1).buttons.get(Attendance.NARVARANDE).focus();
        }
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("attendance.title")
                : getTranslation("attendance.heading", sheet.group().getName(), sheet.session().getNumber());
    }
}
