package se.samspar.codelist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.samspar.base.CodeLists;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.codelist.CodeListService;
import se.samspar.codelist.CodeValue;
import se.samspar.enrolment.ExitGroup;

/** The administrator's code lists: labels, order and which values forms offer. Codes never change. */
@Route("kodlistor")
@Menu(order = 80, title = "menu.code-lists", icon = "vaadin:list")
@RolesAllowed(Role.ADMIN_NAME)
public class CodeListView extends Main implements HasDynamicTitle {

    static final List<String> LISTS = List.of(CodeLists.EDUCATION, CodeLists.SUPPORT, CodeLists.EXIT_REASON,
            CodeLists.OCCUPATION, CodeLists.PARTNER);

    final Select<String> list = new Select<>();
    final Grid<CodeValue> grid = new Grid<>();
    final Button add = new Button(getTranslation("codelist.add"), VaadinIcon.PLUS.create());
    private final Grid.Column<CodeValue> boardGroupColumn;
    private final CodeListService service;

    CodeListView(CodeListService service) {
        this.service = service;
        addClassName("list-view");
        list.setLabel(getTranslation("codelist.list"));
        list.setItems(LISTS);
        list.setItemLabelGenerator(l -> l == null ? "" : getTranslation("codelist.list." + l));
        list.setValue(CodeLists.EXIT_REASON);
        list.addValueChangeListener(e -> refresh());
        grid.addColumn(CodeValue::getCode).setHeader(getTranslation("codelist.code")).setAutoWidth(true);
        grid.addColumn(CodeValue::getLabel).setHeader(getTranslation("codelist.label")).setFlexGrow(3);
        grid.addColumn(CodeValue::getSortOrder).setHeader(getTranslation("codelist.order"));
        grid.addColumn(v -> getTranslation(v.isActive() ? "codelist.active" : "codelist.inactive"))
                .setHeader(getTranslation("codelist.status"));
        boardGroupColumn = grid.addColumn(v -> v.getBoardGroup() == null ? ""
                : getTranslation(v.getBoardGroup().translationKey())).setHeader(getTranslation("codelist.board-group")).setFlexGrow(3);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        add.addClickListener(e -> edit(null));
        HorizontalLayout toolbar = new HorizontalLayout(list, add);
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(toolbar, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        boardGroupColumn.setVisible(CodeLists.EXIT_REASON.equals(list.getValue()));
        grid.setItems(service.valuesForAdmin(list.getValue()));
    }

    private void edit(CodeValue value) {
        Dialog dialog = new Dialog(getTranslation(value == null ? "codelist.add" : "codelist.edit"));
        TextField code = new TextField(getTranslation("codelist.code"));
        code.setMaxLength(40);
        code.setHelperText(getTranslation("codelist.code.help"));
        TextField label = new TextField(getTranslation("codelist.label"));
        label.setMaxLength(CodeValue.LABEL_MAX);
        IntegerField order = Fields.integerField(getTranslation("codelist.order"));
        Checkbox active = new Checkbox(getTranslation("codelist.active"));
        // Exit reasons name the group of the board's statistics they are counted in.
        Select<ExitGroup> boardGroup = new Select<>();
        boardGroup.setLabel(getTranslation("codelist.board-group"));
        boardGroup.setHelperText(getTranslation("codelist.board-group.help"));
        boardGroup.setItems(ExitGroup.counted());
        boardGroup.setItemLabelGenerator(g -> g == null ? "" : getTranslation(g.translationKey()));
        boardGroup.setRequiredIndicatorVisible(true);
        boolean exitReason = CodeLists.EXIT_REASON.equals(list.getValue());
        boardGroup.setVisible(exitReason && (value == null || value.getBoardGroup() != ExitGroup.EJ_RAKNAD));
        if (value != null) {
            code.setValue(value.getCode());
            code.setReadOnly(true);
            label.setValue(value.getLabel());
            order.setValue(value.getSortOrder());
            active.setValue(value.isActive());
            if (value.getBoardGroup() != ExitGroup.EJ_RAKNAD) {
                boardGroup.setValue(value.getBoardGroup());
            }
        } else {
            order.setValue(100);
            active.setValue(true);
            active.setVisible(false);
        }
        FormErrors errors = new FormErrors().field("code", code).field("label", label)
                .field("boardGroup", boardGroup);
        Button save = new Button(getTranslation("action.save"), e -> {
            int o = order.getValue() == null ? 0 : order.getValue();
            if (errors.save(() -> {
                if (value == null) {
                    service.add(list.getValue(), code.getValue(), label.getValue(), o, boardGroup.getValue());
                } else {
                    service.change(value.getId(), value.getVersion(), label.getValue(), o, active.getValue(),
                            boardGroup.getValue());
                }
            })) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(code, label, order, boardGroup, active));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.code-lists");
    }
}
