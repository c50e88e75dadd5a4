package se.samspar.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.participant.ParticipantRow;
import se.samspar.session.Group;
import se.samspar.session.GroupService;

/**
 * Adds many members at once: the programme's accepted participants not yet in the group, with
 * where each stands, ticked (or clicked) in a list and added from one day in one go.
 */
class AddMembersDialog extends Dialog {

    final Grid<ParticipantRow> candidates = new Grid<>();
    final DatePicker joined = Fields.datePicker(getTranslation("group.member.joined"));
    final Button save = new Button(getTranslation("group.member.add.save"));

    AddMembersDialog(GroupService groups, Group group, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("group.member.add"));
        setWidth("min(44rem, 95vw)");
        LocalDate from = today.isBefore(group.getStartDate()) ? group.getStartDate() : today;
        List<ParticipantRow> rows = groups.candidates(group.getId(), from);

        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.addColumn(SessionFormat::participantName).setHeader(getTranslation("group.member.name"))
                .setFlexGrow(2).setSortable(true).setComparator(SessionFormat::participantName);
        candidates.addColumn(r -> status(r, from)).setHeader(getTranslation("group.member.status")).setFlexGrow(1);
        // The whole row toggles, not only the small box: quicker when ticking ten people.
        candidates.addItemClickListener(e -> {
            if (candidates.getSelectedItems().contains(e.getItem())) {
                candidates.deselect(e.getItem());
            } else {
                candidates.select(e.getItem());
            }
        });
        candidates.setEmptyStateText(getTranslation("group.member.add.none"));
        candidates.setAllRowsVisible(rows.size() <= 10);
        if (rows.size() > 10) {
            candidates.setHeight("24rem");
        }
        candidates.setItems(rows);

        joined.setValue(group.getStartDate());
        joined.setHelperText(getTranslation("group.member.joined.help"));
        Paragraph chosen = new Paragraph(getTranslation("group.member.add.chosen", 0));
        chosen.addClassName("chosen-count");
        save.setEnabled(false);
        candidates.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            chosen.setText(getTranslation("group.member.add.chosen", n));
            save.setEnabled(n > 0);
        });

        FormErrors errors = new FormErrors().required("joined", joined);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            int[] added = new int[1];
            if (errors.save(() -> added[0] = groups.addMembers(group.getId(), candidates.getSelectedItems().stream()
                    .map(ParticipantRow::enrolmentId).toList(), joined.getValue()).size())) {
                close();
                Notifications.success(getTranslation("group.member.add.done", added[0]));
                onSaved.run();
            }
        });
        VerticalLayout body = new VerticalLayout(candidates, chosen, joined);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** "Aktiv sedan 2026-09-01", "Antagen, börjar 2026-12-10". */
    private String status(ParticipantRow r, LocalDate day) {
        return switch (r.statusOn(day)) {
            case AKTIV -> getTranslation("group.member.status.active", String.valueOf(r.startDate()));
            case UPPFOLJNING -> getTranslation("group.member.status.follow-up", String.valueOf(r.endDate()));
            default -> r.startDate() == null ? getTranslation("group.member.status.accepted")
                    : getTranslation("group.member.status.starts", String.valueOf(r.startDate()));
        };
    }
}
