package se.samspar.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.programme.Programme;
import se.samspar.security.UserService;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.Interpreter;
import se.samspar.session.Room;
import se.samspar.base.ui.TextLimits;

/** A new group, or the settings of one: name, dates, leaders, room, language, interpreter, places. */
class GroupDialog extends Dialog {

    final Select<Programme> programme = new Select<>();
    final TextField name = new TextField(getTranslation("group.name"));
    final DatePicker startDate = Fields.datePicker(getTranslation("group.start-date"));
    final DatePicker endDate = Fields.datePicker(getTranslation("group.end-date"));
    final MultiSelectComboBox<Long> leaders = new MultiSelectComboBox<>(getTranslation("group.leaders"));
    final Select<Long> room = new Select<>();
    final TextField language = new TextField(getTranslation("group.language"));
    final Select<Long> interpreter = new Select<>();
    final IntegerField capacity = Fields.integerField(getTranslation("group.capacity"));
    final Checkbox headcountOnly = new Checkbox(getTranslation("group.headcount-only"));
    final TextArea notes = new TextArea(getTranslation("group.notes"));
    final Button save = new Button(getTranslation("action.save"));

    private final UserService users;
    private final Map<Long, String> staffNames = new LinkedHashMap<>();

    /**
     * @param existing the group to edit, or null for a new one in one of the programmes
     */
    GroupDialog(GroupService groups, UserService users, List<Programme> programmes, @Nullable Group existing,
                Consumer<Group> onSaved) {
        this.users = users;
        setHeaderTitle(getTranslation(existing == null ? "group.new" : "group.edit"));
        setWidth("min(48rem, 95vw)");
        programme.setLabel(getTranslation("group.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        programme.addValueChangeListener(e -> loadStaff(e.getValue()));
        name.setHelperText(getTranslation("group.name.help"));
        TextLimits.limit(name, Group.NAME_MAX);
        leaders.setItemLabelGenerator(id -> staffNames.getOrDefault(id, ""));

        Map<Long, String> rooms = new LinkedHashMap<>();
        for (Room r : groups.rooms()) {
            rooms.put(r.getId(), r.getName());
        }
        room.setLabel(getTranslation("group.room"));
        room.setItems(rooms.keySet());
        room.setEmptySelectionAllowed(true);
        room.setEmptySelectionCaption(getTranslation("group.none"));
        room.setItemLabelGenerator(id -> id == null ? getTranslation("group.none") : rooms.get(id));

        Map<Long, String> interpreters = new LinkedHashMap<>();
        for (Interpreter i : groups.interpreters()) {
            interpreters.put(i.getId(), i.label());
        }
        interpreter.setLabel(getTranslation("group.interpreter"));
        interpreter.setItems(interpreters.keySet());
        interpreter.setEmptySelectionAllowed(true);
        interpreter.setEmptySelectionCaption(getTranslation("group.none"));
        interpreter.setItemLabelGenerator(id -> id == null ? getTranslation("group.none") : interpreters.get(id));
        TextLimits.limit(language, 60);
        capacity.setHelperText(getTranslation("group.capacity.help"));
        headcountOnly.setTooltipText(getTranslation("group.headcount-only.help"));
        TextLimits.limit(notes, Group.NOTES_MAX);

        if (existing == null) {
            if (programmes.size() == 1) {
                programme.setValue(programmes.getFirst());
            }
        } else {
            programmes.stream().filter(p -> p.getId() == existing.getProgrammeId()).findFirst()
                    .ifPresent(programme::setValue);
            programme.setReadOnly(true);
            name.setValue(existing.getName());
            startDate.setValue(existing.getStartDate());
            endDate.setValue(existing.getEndDate());
            leaders.setValue(existing.getLeaderIds());
            room.setValue(existing.getRoomId());
            language.setValue(existing.getLanguage() == null ? "" : existing.getLanguage());
            interpreter.setValue(existing.getInterpreterId());
            capacity.setValue(existing.getCapacity());
            headcountOnly.setValue(existing.isHeadcountOnly());
            notes.setValue(existing.getNotes() == null ? "" : existing.getNotes());
        }

        FormErrors errors = new FormErrors().required("programmeId", programme).required("name", name)
                .required("startDate", startDate).field("endDate", endDate).required("leaderIds", leaders)
                .field("language", language).field("capacity", capacity).field("notes", notes);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            boolean notANumber = capacity.isInvalid() && capacity.getValue() == null;
            if (!errors.validate() || notANumber) {
                capacity.setInvalid(capacity.isInvalid() || notANumber); // not a number: the field says so
                return;
            }
            GroupDraft draft = new GroupDraft(programme.getValue().getId(), name.getValue(), startDate.getValue(),
                    endDate.getValue(), leaders.getValue(), room.getValue(), language.getValue(),
                    interpreter.getValue(), capacity.getValue(), headcountOnly.getValue(), notes.getValue());
            Group[] saved = new Group[1];
            if (errors.save(() -> saved[0] = existing == null ? groups.createGroup(draft)
                    : groups.updateGroup(existing.getId(), existing.getVersion(), draft))) {
                close();
                onSaved.accept(saved[0]);
            }
        });

        FormLayout form = new FormLayout(programme, name, startDate, endDate, leaders, room, language, interpreter,
                capacity, headcountOnly);
        form.add(notes, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void loadStaff(@Nullable Programme p) {
        staffNames.clear();
        if (p != null) {
            users.staffOf(p.getId()).forEach(m -> staffNames.put(m.id(), m.fullName()));
        }
        leaders.setItems(staffNames.keySet());
    }
}
