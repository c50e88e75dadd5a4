package se.samspar.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import se.samspar.base.CodeLists;
import se.samspar.base.Role;
import se.samspar.codelist.CodeListService;
import se.samspar.enrolment.EnrolmentStatus;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.UserService;

/**
 * The participants of the user's programmes, one row per enrolment, paged from the database and
 * searched by name or personnummer. Shows only what finding someone needs.
 */
@Route("deltagare")
@Menu(order = 5, title = "menu.participants", icon = "vaadin:group")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.PERSONAL_NAME})
public class ParticipantListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final Select<Programme> programme = new Select<>();
    final Select<EnrolmentStatus> status = new Select<>();
    final Checkbox mine = new Checkbox();
    final Select<UserService.StaffMember> contact = new Select<>();
    final Grid<ParticipantRow> grid = new Grid<>();
    final Button create = new Button(getTranslation("participant.new"), VaadinIcon.PLUS.create());

    ParticipantListView(PersonService persons, ProgrammeService programmeService, CodeListService codes,
                        UserService users, Clock clock,
                        @Value("${samspar.forbund.municipalities:}") String[] municipalities) {
        addClassName("list-view");
        List<Programme> programmes = programmeService.visibleProgrammes();
        Map<Long, String> names = programmes.stream().collect(Collectors.toMap(Programme::getId, Programme::getName));
        LocalDate today = LocalDate.now(clock);

        search.setPlaceholder(getTranslation("participant.search"));
        search.setAriaLabel(getTranslation("participant.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        // The year is passed as text: as a number, Swedish formatting would print "1 994".
        grid.addColumn(r -> r.anonymous() ? getTranslation("participant.anonymous-row",
                        getTranslation(r.kon().translationKey()), String.valueOf(r.birthYear())) : r.displayName())
                .setHeader(getTranslation("participant.name")).setFlexGrow(2);
        grid.addColumn(ParticipantRow::maskedNumber).setHeader(getTranslation("participant.personnummer"));
        grid.addColumn(r -> names.getOrDefault(r.programmeId(), "")).setHeader(getTranslation("participant.programme"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.statusOn(today).translationKey()))
                .setHeader(getTranslation("participant.status"));
        grid.addColumn(r -> r.referralDate().toString()).setHeader(getTranslation("participant.referral-date"))
                .setSortProperty(PersonService.SORT_REFERRAL);
        programme.setPlaceholder(getTranslation("participant.filter.all-programmes"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(p -> p == null ? getTranslation("participant.filter.all-programmes") : p.getName());
        programme.setEmptySelectionAllowed(true);
        programme.setAriaLabel(getTranslation("participant.programme"));
        status.setPlaceholder(getTranslation("participant.filter.all-statuses"));
        status.setItems(EnrolmentStatus.values());
        status.setItemLabelGenerator(st -> st == null ? getTranslation("participant.filter.all-statuses")
                : getTranslation(st.translationKey()));
        status.setEmptySelectionAllowed(true);
        status.setAriaLabel(getTranslation("participant.status"));
        mine.setLabel(getTranslation("participant.filter.mine"));
        contact.setItems(programmes.stream().flatMap(p -> users.staffOf(p.getId()).stream()).distinct()
                .sorted(java.util.Comparator.comparing(UserService.StaffMember::fullName)).toList());
        contact.setEmptySelectionAllowed(true);
        contact.setItemLabelGenerator(m -> m == null ? getTranslation("participant.filter.all-contacts") : m.fullName());
        contact.setPlaceholder(getTranslation("participant.filter.all-contacts"));
        contact.setAriaLabel(getTranslation("participant.filter.contact"));
        contact.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                mine.setValue(false);
            }
            grid.getDataProvider().refreshAll();
        });
        grid.setItems(q -> persons.search(new PersonService.ParticipantSearch(search.getValue(),
                programme.isEmpty() ? null : programme.getValue().getId(), status.getValue(), mine.getValue(),
                contact.isEmpty() ? null : contact.getValue().id()),
                VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setEmptyStateText(getTranslation("participant.none"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ParticipantView.openFromSearch(ui,
                e.getItem().personId())));
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        programme.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        mine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setEnabled(!programmes.isEmpty());
        create.addClickListener(e -> new NewParticipantDialog(persons, programmes, List.of(municipalities),
                codes.activeValues(CodeLists.PARTNER), today,
                personId -> getUI().ifPresent(ui -> ui.navigate(ParticipantView.class,
                        ParticipantView.parameters(personId)))).open());

        HorizontalLayout toolbar = new HorizontalLayout(search, programme, status, contact, mine, create);
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        toolbar.addClassName("list-toolbar");
        toolbar.expand(search);
        add(toolbar, grid);
        setSizeFull();
    }

    /** Filters from the address, as the dashboard links them: {@code ?program=12&status=AKTIV}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("program").ifPresent(id -> programme.getListDataView().getItems()
                .filter(p -> String.valueOf(p.getId()).equals(id)).findFirst().ifPresent(programme::setValue));
        parameters.getSingleParameter("status").ifPresent(name -> java.util.Arrays.stream(EnrolmentStatus.values())
                .filter(s -> s.name().equals(name)).findFirst().ifPresent(status::setValue));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.participants");
    }
}
