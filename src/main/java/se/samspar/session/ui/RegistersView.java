package se.samspar.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samspar.base.Role;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.session.GroupService;
import se.samspar.session.Interpreter;
import se.samspar.session.Room;
import se.samspar.base.ui.TextLimits;

/** The rooms and interpreters that groups and sessions are booked with. */
@Route("lokaler-och-tolkar")
@Menu(order = 82, title = "menu.registers", icon = "vaadin:building")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.ADMIN_NAME})
public class RegistersView extends Main implements HasDynamicTitle {

    final Grid<Room> rooms = new Grid<>();
    final TextField roomName = new TextField(getTranslation("registers.room.name"));
    final Button addRoom = new Button(getTranslation("registers.room.add"), VaadinIcon.PLUS.create());
    final Grid<Interpreter> interpreters = new Grid<>();
    final TextField interpreterName = new TextField(getTranslation("registers.interpreter.name"));
    final TextField agency = new TextField(getTranslation("registers.interpreter.agency"));
    final TextField language = new TextField(getTranslation("group.language"));
    final Button addInterpreter = new Button(getTranslation("registers.interpreter.add"), VaadinIcon.PLUS.create());
    private final GroupService groups;

    RegistersView(GroupService groups) {
        this.groups = groups;
        addClassName("list-view");
        rooms.addColumn(Room::getName).setHeader(getTranslation("registers.room.name"));
        rooms.setEmptyStateText(getTranslation("registers.room.none"));
        rooms.setAllRowsVisible(true);
        TextLimits.limit(roomName, Room.NAME_MAX);
        FormErrors roomErrors = new FormErrors().field("name", roomName);
        addRoom.addClickListener(e -> {
            if (roomErrors.save(() -> groups.addRoom(roomName.getValue()))) {
                Notifications.success(getTranslation("registers.saved", roomName.getValue().strip()));
                roomName.clear();
                refresh();
            }
        });

        interpreters.addColumn(Interpreter::getName).setHeader(getTranslation("registers.interpreter.name"));
        interpreters.addColumn(i -> i.getAgency() == null ? "" : i.getAgency())
                .setHeader(getTranslation("registers.interpreter.agency"));
        interpreters.addColumn(i -> i.getLanguage() == null ? "" : i.getLanguage())
                .setHeader(getTranslation("group.language"));
        interpreters.setEmptyStateText(getTranslation("registers.interpreter.none"));
        interpreters.setAllRowsVisible(true);
        TextLimits.limit(interpreterName, Interpreter.TEXT_MAX);
        TextLimits.limit(agency, Interpreter.TEXT_MAX);
        TextLimits.limit(language, 60);
        FormErrors interpreterErrors = new FormErrors().field("name", interpreterName).field("agency", agency)
                .field("language", language);
        addInterpreter.addClickListener(e -> {
            if (interpreterErrors.save(() -> groups.addInterpreter(interpreterName.getValue(), agency.getValue(),
                    language.getValue()))) {
                Notifications.success(getTranslation("registers.saved", interpreterName.getValue().strip()));
                interpreterName.clear();
                agency.clear();
                language.clear();
                refresh();
            }
        });

        add(new H3(getTranslation("registers.rooms")), row(roomName, addRoom), rooms,
                new H3(getTranslation("registers.interpreters")), row(interpreterName, agency, language, addInterpreter),
                interpreters);
        refresh();
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void refresh() {
        rooms.setItems(groups.rooms());
        interpreters.setItems(groups.interpreters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.registers");
    }
}
