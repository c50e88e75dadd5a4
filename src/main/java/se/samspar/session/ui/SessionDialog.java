package se.samspar.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Map;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.session.Group;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SessionDraft;
import se.samspar.base.ui.TextLimits;

/** One session edited, moved or cancelled; a double booking asks for a reason to book anyway. */
class SessionDialog extends Dialog {

    final DatePicker date = Fields.datePicker(getTranslation("session.date"));
    final TimePicker start = SessionFormat.timePicker(getTranslation("series.start"));
    final TimePicker end = SessionFormat.timePicker(getTranslation("series.end"));
    final TextField theme = new TextField(getTranslation("session.theme"));
    final TextField guestRole = new TextField(getTranslation("session.guest-role"));
    final TextField guestName = new TextField(getTranslation("session.guest-name"));
    final Select<Long> room = new Select<>();
    final MultiSelectComboBox<Long> leaders = new MultiSelectComboBox<>(getTranslation("group.leaders"));
    final Checkbox cancelled = new Checkbox(getTranslation("session.cancelled"));
    final TextArea overrideReason = new TextArea(getTranslation("series.override-reason"));
    final Button save = new Button(getTranslation("action.save"));

    SessionDialog(GroupService groups, Group group, GroupSession session, Map<Long, String> rooms,
                  Map<Long, String> staff, Runnable onSaved) {
        setHeaderTitle(getTranslation("session.edit", group.getName(), session.getNumber()));
        setWidth("min(48rem, 95vw)");
        date.setValue(session.getDate());
        start.setValue(session.getStart());
        end.setValue(session.getEnd());
        TextLimits.limit(theme, GroupSession.THEME_MAX);
        theme.setValue(session.getTheme() == null ? "" : session.getTheme());
        guestRole.setHelperText(getTranslation("session.guest-role.help"));
        TextLimits.limit(guestRole, GroupSession.GUEST_MAX);
        guestRole.setValue(session.getGuestRole() == null ? "" : session.getGuestRole());
        TextLimits.limit(guestName, GroupSession.GUEST_MAX);
        guestName.setValue(session.getGuestName() == null ? "" : session.getGuestName());
        room.setLabel(getTranslation("group.room"));
        room.setItems(rooms.keySet());
        room.setEmptySelectionAllowed(true);
        room.setEmptySelectionCaption(getTranslation("group.none"));
        room.setItemLabelGenerator(id -> id == null ? getTranslation("group.none") : rooms.get(id));
        room.setValue(session.getRoomId());
        leaders.setItems(staff.keySet());
        leaders.setItemLabelGenerator(id -> staff.getOrDefault(id, ""));
        leaders.setValue(session.getLeaderIds());
        cancelled.setValue(session.isCancelled());
        TextLimits.limit(overrideReason, GroupSession.REASON_MAX);
        overrideReason.setVisible(false);

        FormErrors errors = new FormErrors().field("date", date).field("start", start).field("end", end)
                .field("theme", theme).field("guestRole", guestRole).field("guestName", guestName)
                .field("leaderIds", leaders).field("overrideReason", overrideReason);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            SessionDraft draft = new SessionDraft(date.getValue(), start.getValue(), end.getValue(), theme.getValue(),
                    guestRole.getValue(), guestName.getValue(), room.getValue(), leaders.getValue(),
                    cancelled.getValue());
            if (errors.save(() -> {
                try {
                    groups.updateSession(session.getId(), session.getVersion(), draft, overrideReason.getValue());
                } catch (InvalidInputException ex) {
                    overrideReason.setVisible(overrideReason.isVisible() || SeriesDialog.isConflict(ex));
                    throw ex;
                }
            })) {
                close();
                onSaved.run();
            }
        });

        FormLayout form = new FormLayout(date, cancelled, start, end, theme, room, guestRole, guestName);
        form.add(leaders, 2);
        form.add(overrideReason, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
