package se.samspar.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.base.ui.Figure;
import se.samspar.programme.PlacesSummary;
import se.samspar.programme.ProgrammeService;

/**
 * The start page. Staff and coordinators see the programmes they work in, the administrator and
 * the board every programme of the förbund, each with today's places.
 */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@RolesAllowed({Role.ADMIN_NAME, Role.SAMORDNARE_NAME, Role.PERSONAL_NAME, Role.STYRELSE_NAME})
public class HomeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The board's start page: the archive of published reports (report module). */
    static final String BOARD_START = "arkiv";
    private static final java.time.format.DateTimeFormatter CHECKED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(se.samspar.base.SwedishTime.ZONE);

    private final ProgrammeService programmes;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    HomeView(ProgrammeService programmes, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.programmes = programmes;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("home-view");
    }

    /** The board reads published reports only, so it starts in the archive; the others see their places. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.readsReportsOnly()) {
            event.forwardTo(BOARD_START);
            return;
        }
        removeAll();
        if (currentUser.hasRole(Role.ADMIN)) {
            auditWarning();
        }
        LocalDate today = LocalDate.now(clock);
        List<PlacesSummary> places = programmes.placesOn(today);

        add(new H2(getTranslation(currentUser.seesAllProgrammes() ? "home.all-programmes" : "home.my-programmes")));
        add(new Paragraph(getTranslation("home.places-on", today.toString())));
        // Staff and coordinators see their own programmes; the rest of the förbund is not theirs.
        if (places.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(currentUser.seesAllProgrammes()
                    ? "home.no-programmes" : "home.no-programmes-linked"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        Div cards = new Div();
        cards.addClassName("programme-cards");
        places.forEach(p -> cards.add(card(p)));
        add(cards);
    }

    /** The daily check of the audit chain found it broken: the administrator must not miss it. */
    private void auditWarning() {
        audit.latestCheck().filter(check -> !check.intact()).ifPresent(check -> {
            Paragraph warning = new Paragraph(getTranslation("home.audit-broken",
                    CHECKED.format(check.checkedAt()), check.firstBrokenId()));
            warning.addClassName("audit-broken");
            warning.getElement().setAttribute("role", "alert");
            add(warning);
        });
    }

    private Div card(PlacesSummary p) {
        Div card = new Div();
        card.addClassName("programme-card");
        Span name = new Span(p.programmeName());
        name.addClassName("programme-card-name");
        card.add(name);
        if (!p.hasAny()) {
            card.add(new Paragraph(getTranslation("home.no-places")));
            return card;
        }
        if (p.budgeted() > 0 || (p.followUp() == 0 && p.other().isEmpty())) {
            card.add(new Figure(p.budgeted(), getTranslation("places.kind.BUDGETED")));
        }
        if (p.followUp() > 0) {
            card.add(new Figure(p.followUp(), getTranslation("places.kind.FOLLOW_UP")));
        }
        for (Map.Entry<String, Integer> other : p.other().entrySet()) {
            card.add(new Figure(other.getValue(), other.getKey()));
        }
        return card;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
