package se.samspar.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.UserService;
import se.samspar.session.Group;
import se.samspar.session.GroupService;

/** The groups of the user's programmes; coordinators start new ones. */
@Route("grupper")
@Menu(order = 7, title = "menu.groups", icon = "vaadin:calendar-user")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.PERSONAL_NAME})
public class GroupListView extends Main implements HasDynamicTitle {

    final Grid<Group> grid = new Grid<>();
    final Button newGroup = new Button(getTranslation("group.new"), VaadinIcon.PLUS.create());

    GroupListView(GroupService groups, ProgrammeService programmes, UserService users, CurrentUser currentUser) {
        addClassName("list-view");
        List<Programme> own = programmes.visibleProgrammes().stream()
                .filter(p -> currentUser.programmeIds().contains(p.getId())).toList();
        Map<Long, String> programmeNames = new HashMap<>();
        Map<Long, String> staff = new HashMap<>();
        for (Programme p : own) {
            programmeNames.put(p.getId(), p.getName());
            users.staffOf(p.getId()).forEach(m -> staff.put(m.id(), m.fullName()));
        }
        Map<Long, String> rooms = new HashMap<>();
        groups.rooms().forEach(r -> rooms.put(r.getId(), r.getName()));

        grid.addColumn(Group::getName).setHeader(getTranslation("group.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(g -> programmeNames.getOrDefault(g.getProgrammeId(), "")).setHeader(getTranslation("group.programme"))
                .setFlexGrow(2);
        grid.addColumn(g -> g.getStartDate().toString()).setHeader(getTranslation("group.start-date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> g.getEndDate() == null ? "" : g.getEndDate().toString())
                .setHeader(getTranslation("group.end-date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> SessionFormat.names(g.getLeaderIds(), staff)).setHeader(getTranslation("group.leaders"))
                .setFlexGrow(2);
        grid.addColumn(g -> g.getRoomId() == null ? "" : rooms.getOrDefault(g.getRoomId(), ""))
                .setHeader(getTranslation("group.room"));
        grid.setEmptyStateText(getTranslation("group.none-yet"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GroupView.class,
                GroupView.parameters(e.getItem().getId()))));
        grid.setAllRowsVisible(true);

        newGroup.addThemeVariants(ButtonVariant.PRIMARY);
        newGroup.setVisible(currentUser.hasRole(Role.SAMORDNARE) && !own.isEmpty());
        newGroup.addClickListener(e -> new GroupDialog(groups, users, own, null, g -> getUI().ifPresent(ui ->
                ui.navigate(GroupView.class, GroupView.parameters(g.getId())))).open());
        Button calendar = new Button(getTranslation("menu.calendar"), VaadinIcon.CALENDAR.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CalendarView.class)));
        add(new HorizontalLayout(newGroup, calendar));
        if (own.isEmpty()) {
            add(new Paragraph(getTranslation("group.no-programmes")));
        }
        add(grid);
        grid.setItems(groups.groups());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.groups");
    }
}
