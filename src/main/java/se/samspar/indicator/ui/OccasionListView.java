package se.samspar.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.indicator.IndicatorService;
import se.samspar.indicator.Occasion;

/**
 * The förbund's indicator measurement occasions, the latest first, and a new one opened by name,
 * period, groups and their bases.
 */
@Route("indikatorer")
@Menu(order = 9.75, title = "menu.indicators", icon = "vaadin:chart-3d")
@RolesAllowed({Role.ADMIN_NAME, Role.SAMORDNARE_NAME})
public class OccasionListView extends Main implements HasDynamicTitle {

    final Grid<Occasion> occasions = new Grid<>();
    final OccasionForm form = new OccasionForm();
    final Button create = new Button(getTranslation("indicator.occasion.create"));
    private final IndicatorService indicators;

    OccasionListView(IndicatorService indicators) {
        this.indicators = indicators;
        addClassName("list-view");
        occasions.addColumn(Occasion::name).setHeader(getTranslation("indicator.occasion.name")).setFlexGrow(2);
        occasions.addColumn(o -> o.from() + " – " + o.to()).setHeader(getTranslation("indicator.occasion.period"))
                .setFlexGrow(2);
        occasions.addColumn(o -> o.groups().stream().map(g -> g.group().label() + " " + getTranslation(
                "indicator.answered-of", g.answered(), g.base())).collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("indicator.occasion.groups")).setFlexGrow(4);
        occasions.addColumn(o -> getTranslation(o.closed() ? "indicator.occasion.closed" : "indicator.occasion.open"))
                .setHeader(getTranslation("indicator.occasion.status"));
        occasions.setAllRowsVisible(true);
        occasions.setEmptyStateText(getTranslation("indicator.occasion.none"));
        occasions.addItemClickListener(e -> open(e.getItem()));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create());
        add(new Paragraph(getTranslation("indicator.intro")), occasions, new H3(getTranslation("indicator.occasion.new")),
                form, create);
        occasions.setItems(indicators.occasions());
    }

    void create() {
        if (!form.validate()) {
            return;
        }
        try {
            open(indicators.createOccasion(form.draft()));
        } catch (InvalidInputException e) {
            form.errors.show(e);
        }
    }

    private void open(Occasion o) {
        getUI().ifPresent(ui -> ui.navigate(OccasionView.class, new RouteParameters("occasionId", Long.toString(o.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.indicators");
    }
}
