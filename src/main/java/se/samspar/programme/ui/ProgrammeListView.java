package se.samspar.programme.ui;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;

/** The programmes the user coordinates (ADMIN: all), paged from the database. */
@Route("program")
@Menu(order = 10, title = "menu.programmes", icon = "vaadin:clipboard-text")
@RolesAllowed({Role.ADMIN_NAME, Role.SAMORDNARE_NAME})
public class ProgrammeListView extends Main implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<Programme> grid = new Grid<>();
    final Button create = new Button(getTranslation("programme.new"), VaadinIcon.PLUS.create());

    ProgrammeListView(ProgrammeService service, CurrentUser currentUser, Clock clock,
                      @Value("${samspar.forbund.municipalities:}") String[] municipalities) {
        addClassName("list-view");
        filter.setPlaceholder(getTranslation("programme.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setAriaLabel(getTranslation("programme.search"));

        grid.addColumn(Programme::getName).setHeader(getTranslation("programme.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.getKind().translationKey()))
                .setHeader(getTranslation("programme.kind")).setSortProperty("kind").setFlexGrow(2);
        grid.addColumn(p -> p.getActiveFrom().toString()).setHeader(getTranslation("programme.active-from"))
                .setSortProperty("activeFrom");
        grid.addColumn(p -> Objects.toString(p.getActiveTo(), "")).setHeader(getTranslation("programme.active-to"))
                .setSortProperty("activeTo");
        grid.addColumn(p -> getTranslation(p.isActiveOn(LocalDate.now(clock)) ? "programme.status.active"
                : "programme.status.inactive")).setHeader(getTranslation("programme.status"));
        grid.setItems(query -> service.list(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class,
                ProgrammeView.parameters(e.getItem().getId()))));
        grid.setEmptyStateText(getTranslation("programme.none"));
        grid.setSizeFull();
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(currentUser.hasRole(Role.ADMIN));
        create.addClickListener(e -> new NewProgrammeDialog(service, List.of(municipalities),
                saved -> getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class,
                        ProgrammeView.parameters(saved.getId())))).open());

        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.programmes");
    }
}
