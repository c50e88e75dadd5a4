package se.samspar.statistics.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.base.ui.Figure;
import se.samspar.statistics.KeyFigures;
import se.samspar.statistics.MonthlyChart;
import se.samspar.statistics.StatisticsService;

/**
 * The dashboard: this year so far, per programme, the key figures and starts and exits month by
 * month (SVG drawn on the server). Coordinators follow a figure to the enrolments behind it; the
 * administrator, who sees no personal data, gets the figures only.
 */
@Route("nyckeltal")
@Menu(order = 9.85, title = "menu.key-figures", icon = "vaadin:dashboard")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.ADMIN_NAME})
public class KeyFiguresView extends Main implements HasDynamicTitle {

    /** The participant list's address and its filters (participant module). */
    static final String PARTICIPANTS = "deltagare";

    final Div cards = new Div();

    KeyFiguresView(StatisticsService statistics, CurrentUser currentUser, Clock clock) {
        addClassName("home-view");
        LocalDate today = LocalDate.now(clock);
        boolean links = currentUser.hasRole(Role.SAMORDNARE);
        add(new Paragraph(getTranslation("key-figures.intro", today.toString())));
        cards.addClassName("programme-cards");
        cards.addClassName("key-figures-cards");
        List<KeyFigures> all = statistics.keyFigures(today);
        for (KeyFigures k : all) {
            cards.add(card(k, links));
        }
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("key-figures.none")));
        }
        add(cards);
    }

    private Div card(KeyFigures k, boolean links) {
        Div card = new Div();
        card.addClassName("programme-card");
        Span name = new Span(k.programme());
        name.addClassName("programme-card-name");
        card.add(name, new Figure(k.activeToday(), getTranslation("key-figures.active")),
                new Figure(k.started(), getTranslation("key-figures.started")),
                new Figure(k.exited(), getTranslation("key-figures.exited")),
                new Figure(k.toWorkOrStudiesPercent().map(p -> p + " %").orElse("–"),
                        getTranslation("key-figures.work-or-studies")));
        Svg chart = new Svg(MonthlyChart.svg(k, 320, 160));
        chart.addClassName("key-figures-chart");
        chart.getElement().setAttribute("aria-label", getTranslation("key-figures.chart", k.programme()));
        card.add(chart);
        if (links) {
            Anchor active = new Anchor(PARTICIPANTS + "?program=" + k.programmeId() + "&status=AKTIV",
                    getTranslation("key-figures.show-active"));
            Anchor exited = new Anchor(PARTICIPANTS + "?program=" + k.programmeId() + "&status=AVSLUTAD",
                    getTranslation("key-figures.show-exited"));
            card.add(new Div(active), new Div(exited));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.key-figures");
    }
}
