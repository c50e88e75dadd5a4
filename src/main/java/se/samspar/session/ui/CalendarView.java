package se.samspar.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.UserService;
import se.samspar.session.GroupService;
import se.samspar.session.GroupService.CalendarEntry;

/**
 * Week and month views of the sessions of the user's programmes, filterable by programme, room
 * and leader; a click opens the session. Plain Vaadin components laid out with CSS grid.
 */
@Route("kalender")
@Menu(order = 8, title = "menu.calendar", icon = "vaadin:calendar")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.PERSONAL_NAME})
public class CalendarView extends Main implements HasDynamicTitle {

    enum Mode { WEEK, MONTH }

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("LLLL yyyy", SessionFormat.SWEDISH);

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final Select<Long> programme = new Select<>();
    final Select<Long> room = new Select<>();
    final Select<Long> leader = new Select<>();
    final Span period = new Span();
    final Div board = new Div();
    private final GroupService groups;
    private final LocalDate today;
    private final Map<Long, String> rooms = new LinkedHashMap<>();
    private final Map<Long, String> staff = new LinkedHashMap<>();
    private LocalDate shown;

    CalendarView(GroupService groups, ProgrammeService programmes, UserService users, CurrentUser currentUser,
                 Clock clock) {
        this.groups = groups;
        this.today = LocalDate.now(clock);
        this.shown = today;
        addClassName("calendar-view");
        Map<Long, String> programmeNames = new LinkedHashMap<>();
        for (Programme p : programmes.visibleProgrammes()) {
            if (currentUser.programmeIds().contains(p.getId())) {
                programmeNames.put(p.getId(), p.getName());
                users.staffOf(p.getId()).forEach(m -> staff.putIfAbsent(m.id(), m.fullName()));
            }
        }
        groups.rooms().forEach(r -> rooms.put(r.getId(), r.getName()));

        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("calendar.mode." + m.name()));
        mode.setValue(Mode.WEEK);
        mode.setAriaLabel(getTranslation("calendar.mode"));
        filter(programme, "calendar.programme", programmeNames);
        filter(room, "calendar.room", rooms);
        filter(leader, "calendar.leader", staff);
        for (var field : List.of(programme, room, leader)) {
            field.addValueChangeListener(e -> draw());
        }
        mode.addValueChangeListener(e -> draw());

        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> step(-1));
        previous.setAriaLabel(getTranslation("calendar.previous"));
        previous.setTooltipText(getTranslation("calendar.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> step(1));
        next.setAriaLabel(getTranslation("calendar.next"));
        next.setTooltipText(getTranslation("calendar.next"));
        Button now = new Button(getTranslation("calendar.today"), e -> {
            shown = today;
            draw();
        });
        period.addClassName("calendar-period");
        HorizontalLayout navigation = new HorizontalLayout(previous, now, next, period);
        navigation.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(mode, programme, room, leader);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        board.addClassName("calendar-board");
        add(filters, navigation, board);
        draw();
    }

    private void filter(Select<Long> select, String key, Map<Long, String> names) {
        select.setLabel(getTranslation(key));
        select.setItems(names.keySet());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("calendar.all"));
        select.setItemLabelGenerator(id -> id == null ? getTranslation("calendar.all") : names.get(id));
    }

    private void step(int direction) {
        shown = mode.getValue() == Mode.MONTH ? shown.plusMonths(direction) : shown.plusWeeks(direction);
        draw();
    }

    /** Shows the period around the day in view. */
    void showDay(LocalDate day) {
        shown = day;
        draw();
    }

    private void draw() {
        board.removeAll();
        boolean month = mode.getValue() == Mode.MONTH;
        LocalDate first = month ? shown.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month ? shown.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                : first.plusDays(6);
        List<CalendarEntry> entries = groups.calendar(first, last, programme.getValue(), room.getValue(),
                leader.getValue());
        Map<LocalDate, List<CalendarEntry>> byDay = entries.stream()
                .collect(Collectors.groupingBy(CalendarEntry::date, LinkedHashMap::new, Collectors.toList()));
        period.setText(month ? capitalised(shown.format(MONTH_YEAR))
                : getTranslation("calendar.week", first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        SessionFormat.dayMonth(first), SessionFormat.dayMonth(last) + " " + last.getYear()));
        board.getElement().setAttribute("data-mode", month ? "month" : "week");
        for (DayOfWeek d : DayOfWeek.values()) {
            Div head = new Div(new Span(SessionFormat.weekdayShort(d)));
            head.addClassName("calendar-head");
            board.add(head);
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            board.add(dayCell(day, byDay.getOrDefault(day, List.of()), month));
        }
        if (entries.isEmpty()) {
            Div none = new Div(new Span(getTranslation("calendar.empty")));
            none.addClassName("calendar-empty");
            board.add(none);
        }
    }

    private Div dayCell(LocalDate day, List<CalendarEntry> entries, boolean month) {
        Span number = new Span(month ? Integer.toString(day.getDayOfMonth()) : SessionFormat.dayMonth(day));
        number.addClassName("calendar-day-number");
        Div cell = new Div(number);
        cell.addClassName("calendar-day");
        if (day.equals(today)) {
            cell.addClassName("today");
        }
        if (month && day.getMonth() != shown.getMonth()) {
            cell.addClassName("other-month");
        }
        for (CalendarEntry e : entries) {
            cell.add(entry(e, month));
        }
        return cell;
    }

    /** A session in the calendar: a focusable block that opens the session on click or Enter. */
    private Div entry(CalendarEntry e, boolean month) {
        Span time = new Span(month ? SessionFormat.time(e.start()) : SessionFormat.times(e.start(), e.end()));
        time.addClassName("calendar-entry-time");
        Div block = new Div(time, new Span(e.groupName() + " " + getTranslation("calendar.pass", e.number())));
        if (!month && e.roomId() != null) {
            block.add(new Span(rooms.getOrDefault(e.roomId(), "")));
        }
        if (!month && !e.leaderIds().isEmpty()) {
            block.add(new Span(SessionFormat.names(e.leaderIds(), staff)));
        }
        block.addClassName("calendar-entry");
        block.getElement().setAttribute("title", SessionFormat.times(e.start(), e.end()) + " " + e.groupName() + " "
                + getTranslation("calendar.pass", e.number()));
        block.getElement().setAttribute("role", "button");
        block.getElement().setAttribute("tabindex", "0");
        if (e.cancelled()) {
            block.addClassName("cancelled");
            block.add(new Span(getTranslation("session.cancelled")));
        }
        block.getElement().setAttribute("data-programme", Long.toString(e.programmeId() % 6));
        Runnable open = () -> getUI().ifPresent(ui ->
                ui.navigate(AttendanceView.class, AttendanceView.parameters(e.sessionId())));
        block.addClickListener(click -> open.run());
        com.vaadin.flow.component.Shortcuts.addShortcutListener(block, open::run,
                com.vaadin.flow.component.Key.ENTER).listenOn(block);
        return block;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.calendar");
    }
}
