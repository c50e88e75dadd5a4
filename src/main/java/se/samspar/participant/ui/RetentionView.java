package se.samspar.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import se.samspar.base.Role;
import se.samspar.base.ui.Notifications;
import se.samspar.participant.RetentionService;

/**
 * Retention (gallring) for the administrator: what the next nightly run will make anonymous,
 * programme by programme (counts and dates, no personal data), the runs so far, and a manual run.
 */
@Route("gallring")
@Menu(order = 85, title = "menu.retention", icon = "vaadin:archive")
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(se.samspar.base.SwedishTime.ZONE);

    final Grid<RetentionService.ProgrammePlan> plan = new Grid<>();
    final Grid<RetentionService.Run> runs = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button run = new Button(getTranslation("retention.run"));
    private final RetentionService retention;

    RetentionView(RetentionService retention) {
        this.retention = retention;
        addClassName("list-view");
        plan.addColumn(RetentionService.ProgrammePlan::programme).setHeader(getTranslation("retention.programme"))
                .setAutoWidth(true).setFlexGrow(3);
        plan.addColumn(p -> getTranslation("retention.years-value", p.years())).setHeader(getTranslation("retention.years"));
        plan.addColumn(p -> p.cutoff().toString()).setHeader(getTranslation("retention.cutoff"));
        plan.addColumn(p -> p.due().size()).setHeader(getTranslation("retention.due"));
        plan.addColumn(p -> p.due().isEmpty() ? "" : p.due().getFirst().lastDate() + " – " + p.due().getLast().lastDate())
                .setHeader(getTranslation("retention.ended"));
        plan.setAllRowsVisible(true);
        runs.addColumn(r -> TIME.format(r.at())).setHeader(getTranslation("retention.run-at"));
        runs.addColumn(RetentionService.Run::startedBy).setHeader(getTranslation("retention.started-by"));
        runs.addColumn(RetentionService.Run::enrolmentsAnonymised).setHeader(getTranslation("retention.enrolments"));
        runs.addColumn(RetentionService.Run::personsErased).setHeader(getTranslation("retention.persons"));
        runs.setAllRowsVisible(true);
        runs.setEmptyStateText(getTranslation("retention.no-runs"));
        run.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        run.addClickListener(e -> confirm());
        add(new Paragraph(getTranslation("retention.intro")), summary, plan,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(run),
                new H3(getTranslation("retention.history")), runs);
        refresh();
    }

    private void refresh() {
        RetentionService.Plan p = retention.preview();
        summary.setText(getTranslation("retention.summary", p.enrolments()));
        plan.setItems(p.programmes());
        run.setEnabled(p.enrolments() > 0);
        runs.setItems(retention.recentRuns(20));
    }

    private void confirm() {
        Dialog dialog = new Dialog(getTranslation("retention.run"));
        dialog.add(new Paragraph(getTranslation("retention.confirm", retention.preview().enrolments())));
        Button yes = new Button(getTranslation("retention.run"), e -> {
            RetentionService.Result r = retention.run();
            Notifications.success(getTranslation("retention.done", r.enrolmentsAnonymised(), r.personsErased()));
            dialog.close();
            refresh();
        });
        yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), yes);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.retention") + " – " + getTranslation("app.name");
    }
}
