package se.samspar.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.samspar.base.Role;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.UserService;
import se.samspar.security.UserSummary;

/** The administrator's list of users: create, change roles and programmes, disable, reset. */
@Route("anvandare")
@Menu(order = 90, title = "menu.users", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UserListView extends Main implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<UserSummary> grid = new Grid<>();
    final Button create = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create());

    UserListView(UserService users, ProgrammeService programmeService) {
        addClassName("list-view");
        var programmes = programmeService.all();
        Map<Long, String> names = programmes.stream()
                .collect(Collectors.toMap(Programme::getId, Programme::getName));

        filter.setPlaceholder(getTranslation("user.search"));
        filter.setAriaLabel(getTranslation("user.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);

        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username")).setSortProperty("username");
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("user.full-name")).setSortProperty("fullName");
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles"));
        grid.addColumn(u -> u.programmeIds().stream().map(names::get).filter(Objects::nonNull).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.programmes")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.enabled() ? "user.status.enabled" : "user.status.disabled"))
                .setHeader(getTranslation("user.status"));
        grid.setItems(q -> users.list(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.addItemClickListener(e -> new UserDialog(users, programmes, e.getItem(), this::refresh).open());
        grid.setSizeFull();
        filter.addValueChangeListener(e -> refresh());

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new UserDialog(users, programmes, null, this::refresh).open());

        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
        setSizeFull();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
