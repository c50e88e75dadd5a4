package se.samspar.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import se.samspar.audit.AuditEntry;
import se.samspar.audit.AuditService;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.Notifications;

/** The administrator's view of the audit log: who did what with whose data, newest first. */
@Route("granskningslogg")
@Menu(order = 95, title = "menu.audit", icon = "vaadin:eye")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(se.samspar.base.SwedishTime.ZONE);

    final TextField user = new TextField(getTranslation("audit.user"));
    final TextField person = new TextField(getTranslation("audit.person"));
    final DatePicker from = Fields.datePicker(getTranslation("audit.from"));
    final DatePicker to = Fields.datePicker(getTranslation("audit.to"));
    final Grid<AuditEntry> grid = new Grid<>();
    final Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE_O.create());
    private final AuditService audit;

    AuditLogView(AuditService audit, se.samspar.base.CodeLabels codes) {
        this.audit = audit;
        AuditLabels labels = AuditLabels.of(this::getTranslation, codes);
        addClassName("list-view");
        person.setAllowedCharPattern("[0-9]");
        person.setHelperText(getTranslation("audit.person.help"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.action().translationKey())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.personId(), "")).setHeader(getTranslation("audit.person")).setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.enrolmentId(), "")).setHeader(getTranslation("audit.enrolment"))
                .setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.remoteAddr(), "")).setHeader(getTranslation("audit.address"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Span details = new Span(labels.plain(AuditService.readable(e.details(), labels)));
            details.addClassName("audit-details");
            return details;
        }).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("audit.none"));
        grid.setItems(q -> audit.search(query(), q.getOffset(), q.getLimit()).stream());
        user.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        person.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        verify.addClickListener(e -> {
            AuditService.ChainCheck check = audit.verify();
            if (check.intact()) {
                Notifications.success(getTranslation("audit.verify.intact", check.entries(),
                        check.headHash().substring(0, 16)));
            } else {
                Notifications.error(getTranslation("audit.verify.broken", check.firstBrokenId()));
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(user, person, from, to, verify);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, grid);
        setSizeFull();
    }

    private AuditService.AuditQuery query() {
        Long personId = person.getValue().isBlank() ? null : Long.valueOf(person.getValue());
        return new AuditService.AuditQuery(user.getValue(), personId, from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " – " + getTranslation("app.name");
    }
}
