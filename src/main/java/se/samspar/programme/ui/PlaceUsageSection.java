package se.samspar.programme.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.Figure;
import se.samspar.programme.PlaceUsage;
import se.samspar.programme.PlacesSummary;
import se.samspar.programme.ProgrammeService;

/** The programme's places and their use on any day: budgeted, active, waiting, follow-up. */
class PlaceUsageSection extends Div {

    final DatePicker day = Fields.datePicker(getTranslation("usage.day"));
    private final Div figures = new Div();
    private final ProgrammeService service;
    private final PlaceUsage placeUsage;
    private long programmeId = -1;

    PlaceUsageSection(ProgrammeService service, PlaceUsage placeUsage, LocalDate today) {
        this.service = service;
        this.placeUsage = placeUsage;
        addClassName("usage-section");
        figures.addClassName("programme-card");
        day.setValue(today);
        day.setWidth("12em");
        day.addValueChangeListener(e -> refresh());
        add(day, figures);
    }

    /** Shows this programme's usage from the next {@link #refresh()} on. */
    void setProgramme(long programmeId) {
        this.programmeId = programmeId;
    }

    void refresh() {
        if (programmeId < 0 || day.getValue() == null) {
            return;
        }
        LocalDate d = day.getValue();
        PlacesSummary places = PlacesSummary.of(programmeId, "", d, service.places(programmeId));
        PlaceUsage.Usage u = placeUsage.usageOn(programmeId, d);
        figures.removeAll();
        figures.add(figure("usage.budgeted", String.valueOf(places.budgeted())));
        figures.add(figure("usage.active", String.valueOf(u.active())));
        figures.add(figure("usage.waiting", String.valueOf(u.waiting())));
        if (places.followUp() > 0 || u.followUp() > 0) {
            figures.add(figure("usage.follow-up", u.followUp() + " / " + places.followUp()));
        }
        if (u.active() > places.budgeted() || u.overBudget() > 0) {
            Span over = new Span(getTranslation("usage.over-budget", String.valueOf(u.overBudget())));
            over.addClassName("over-budget");
            figures.add(over);
        }
    }

    private Figure figure(String key, String value) {
        Figure f = new Figure(value, getTranslation(key));
        f.setId(key.replace('.', '-'));
        return f;
    }

    /** For tests: the number shown for a figure. */
    String valueOf(String key) {
        return figures.getChildren().filter(c -> c.getId().orElse("").equals(key.replace('.', '-')))
                .map(c -> ((Figure) c).value()).findFirst().orElse("");
    }
}
