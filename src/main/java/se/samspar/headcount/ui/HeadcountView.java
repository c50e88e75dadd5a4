package se.samspar.headcount.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.headcount.Headcount;
import se.samspar.headcount.HeadcountRules;
import se.samspar.headcount.HeadcountService;
import se.samspar.programme.Programme;

/** Registers how many women and men took part, for programmes that keep numbers only. */
@Route("pinnstatistik")
@Menu(order = 6, title = "menu.headcount", icon = "vaadin:bar-chart")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.PERSONAL_NAME})
public class HeadcountView extends Main implements HasDynamicTitle {

    final Select<Programme> programme = new Select<>();
    final DatePicker date = Fields.datePicker(getTranslation("headcount.date"));
    final TextField activity = new TextField(getTranslation("headcount.activity"));
    final Select<String> ageBand = new Select<>();
    final IntegerField women = Fields.integerField(getTranslation("headcount.women"));
    final IntegerField men = Fields.integerField(getTranslation("headcount.men"));
    final Button save = new Button(getTranslation("action.save"));
    final Grid<Headcount> grid = new Grid<>();
    private final HeadcountService service;
    private final LocalDate today;

    HeadcountView(HeadcountService service, Clock clock) {
        this.service = service;
        this.today = LocalDate.now(clock);
        addClassName("list-view");
        List<Programme> programmes = service.headcountProgrammes();
        programme.setLabel(getTranslation("headcount.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        if (!programmes.isEmpty()) {
            programme.setValue(programmes.getFirst());
        }
        date.setValue(today);
        activity.setMaxLength(Headcount.ACTIVITY_MAX);
        activity.setHelperText(getTranslation("headcount.activity.help"));
        ageBand.setLabel(getTranslation("headcount.age-band"));
        ageBand.setItems(HeadcountRules.AGE_BANDS);
        ageBand.setEmptySelectionAllowed(true);
        ageBand.setItemLabelGenerator(b -> b == null ? getTranslation("headcount.age-band.none") : b.replace("-", "–") + " år");

        FormErrors errors = new FormErrors().required("programmeId", programme).required("date", date)
                .required("women", women).required("men", men).field("activity", activity).field("ageBand", ageBand);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (errors.save(() -> service.register(programme.getValue().getId(), date.getValue(), activity.getValue(),
                    ageBand.getValue(), women.getValue(), men.getValue()))) {
                Notifications.success(getTranslation("headcount.saved"));
                women.clear();
                men.clear();
                refresh();
            }
        });
        programme.addValueChangeListener(e -> refresh());

        grid.addColumn(h -> h.getDate().toString()).setHeader(getTranslation("headcount.date"));
        grid.addColumn(h -> h.getActivity() == null ? "" : h.getActivity()).setHeader(getTranslation("headcount.activity"))
                .setFlexGrow(2);
        grid.addColumn(h -> h.getAgeBand() == null ? "" : h.getAgeBand()).setHeader(getTranslation("headcount.age-band"));
        grid.addColumn(Headcount::getWomen).setHeader(getTranslation("headcount.women"));
        grid.addColumn(Headcount::getMen).setHeader(getTranslation("headcount.men"));
        grid.setEmptyStateText(getTranslation("headcount.none"));

        if (programmes.isEmpty()) {
            add(new Paragraph(getTranslation("headcount.no-programmes")));
            return;
        }
        FormLayout form = new FormLayout(programme, date, activity, ageBand, women, men);
        add(form, save, new H3(getTranslation("headcount.this-year")), grid);
        refresh();
    }

    private void refresh() {
        if (!programme.isEmpty()) {
            grid.setItems(service.list(programme.getValue().getId(), today.withDayOfYear(1), today));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.headcount");
    }
}
