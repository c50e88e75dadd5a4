package se.samspar.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.Notifications;
import se.samspar.base.ui.ProgrammeSection;
import se.samspar.programme.PlaceAllocation;
import se.samspar.programme.PlaceKind;
import se.samspar.programme.PlaceUsage;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;

/** One programme: its settings and its places per period. The id lives in the URL. */
@Route("program/:programmeId")
@RolesAllowed({Role.ADMIN_NAME, Role.SAMORDNARE_NAME})
public class ProgrammeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "programmeId";

    private final ProgrammeService service;
    final ProgrammeForm form;
    final Button save = new Button(getTranslation("action.save"));
    final Grid<PlaceAllocation> places = new Grid<>();
    final Button addPlaces = new Button(getTranslation("places.add"), VaadinIcon.PLUS.create());
    private final H2 title = new H2();
    final PlaceUsageSection usage;
    private Programme programme = new Programme();
    /** Sections of other modules (the participants to look after), made anew for each programme. */
    final com.vaadin.flow.component.html.Div sections = new com.vaadin.flow.component.html.Div();
    private final org.springframework.beans.factory.ObjectProvider<ProgrammeSection> sectionMakers;

    ProgrammeView(ProgrammeService service, PlaceUsage placeUsage, java.time.Clock clock,
                  @Value("${samspar.forbund.municipalities:}") String[] municipalities,
                  org.springframework.beans.factory.ObjectProvider<ProgrammeSection> sectionMakers) {
        this.service = service;
        this.sectionMakers = sectionMakers;
        this.usage = new PlaceUsageSection(service, placeUsage, java.time.LocalDate.now(clock));
        addClassName("programme-view");
        form = new ProgrammeForm(service::isNameTaken, List.of(municipalities));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());

        places.addColumn(this::placeKindLabel).setHeader(getTranslation("places.kind")).setFlexGrow(2);
        places.addColumn(PlaceAllocation::getPlaces).setHeader(getTranslation("places.places"));
        places.addColumn(a -> a.getValidFrom().toString()).setHeader(getTranslation("places.valid-from"));
        places.addColumn(a -> Objects.toString(a.getValidTo(), "")).setHeader(getTranslation("places.valid-to"));
        places.setAllRowsVisible(true);
        places.setEmptyStateText(getTranslation("places.none"));
        places.addItemClickListener(e -> {
            if (service.canEdit(programme.getId())) {
                openPlaces(e.getItem());
            }
        });
        addPlaces.addClickListener(e -> openPlaces(new PlaceAllocation(programme)));

        HorizontalLayout placesHeader = new HorizontalLayout(new H3(getTranslation("places.title")), addPlaces);
        placesHeader.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(title, usage, sections, form, new HorizontalLayout(save), placesHeader, places);
    }

    static RouteParameters parameters(long programmeId) {
        return new RouteParameters(PARAM, Long.toString(programmeId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(PARAM).orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        try {
            show(service.get(id));
        } catch (InvalidInputException | AccessDeniedException e) {
            // Someone else's programme looks the same as one that does not exist.
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(Programme p) {
        programme = p;
        title.setText(p.getName());
        form.edit(p);
        boolean editable = service.canEdit(p.getId());
        form.setReadOnly(!editable);
        save.setVisible(editable);
        addPlaces.setVisible(editable);
        usage.setProgramme(p.getId());
        refreshPlaces();
        sections.removeAll();
        sectionMakers.orderedStream().forEach(maker -> maker.create(p.getId()).ifPresent(sections::add));
    }

    private void save() {
        form.validatedProgramme().ifPresent(p -> {
            try {
                show(service.save(p));
                Notifications.success(getTranslation("programme.saved", programme.getName()));
            } catch (InvalidInputException e) {
                form.showError(e);
            } catch (ObjectOptimisticLockingFailureException e) {
                Notifications.error(getTranslation("error.concurrent-edit"));
            }
        });
    }

    private void openPlaces(PlaceAllocation allocation) {
        new PlacesDialog(service, allocation, this::refreshPlaces).open();
    }

    private void refreshPlaces() {
        places.setItems(service.places(programme.getId()));
        usage.refresh();
    }

    private String placeKindLabel(PlaceAllocation a) {
        return a.getKind() == PlaceKind.OTHER ? a.getLabel() : getTranslation(a.getKind().translationKey());
    }

    @Override
    public String getPageTitle() {
        return programme.getName();
    }
}
