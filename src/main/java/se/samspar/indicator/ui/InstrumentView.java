package se.samspar.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.indicator.IndicatorService;
import se.samspar.indicator.Instrument;
import se.samspar.indicator.InstrumentDraft;
import se.samspar.indicator.RespondentGroup;
import se.samspar.indicator.Scale;

/**
 * The instruments per respondent group, read by the coordinator; the administrator adds a new
 * version (a new NNS version, or the participants' and referrers' instruments). Nothing here
 * rewords a locked instrument.
 */
@Route("indikatorinstrument")
@Menu(order = 9.76, title = "menu.indicator-instruments", icon = "vaadin:list-ol")
@RolesAllowed({Role.ADMIN_NAME, Role.SAMORDNARE_NAME})
public class InstrumentView extends Main implements HasDynamicTitle {

    final Grid<Instrument> instruments = new Grid<>();
    final Select<RespondentGroup> group = new Select<>();
    final TextField name = new TextField(getTranslation("indicator.instruments.name"));
    final IntegerField steps = Fields.integerField(getTranslation("indicator.instruments.steps"));
    final TextField low = new TextField(getTranslation("indicator.instruments.low"));
    final TextField high = new TextField(getTranslation("indicator.instruments.high"));
    final TextArea questions = new TextArea(getTranslation("indicator.instruments.questions"));
    final Button add = new Button(getTranslation("indicator.instruments.add"));
    private final IndicatorService indicators;
    private final FormErrors errors;

    InstrumentView(IndicatorService indicators, CurrentUser currentUser) {
        this.indicators = indicators;
        addClassName("list-view");
        instruments.addColumn(i -> i.group().label()).setHeader(getTranslation("indicator.instruments.group"))
                .setAutoWidth(true).setFlexGrow(0);
        instruments.addColumn(Instrument::versionNo).setHeader(getTranslation("indicator.instruments.version"))
                .setAutoWidth(true).setFlexGrow(0);
        instruments.addColumn(Instrument::name).setHeader(getTranslation("indicator.instruments.name")).setFlexGrow(3);
        instruments.addColumn(i -> i.scale().range() + ": " + i.scale().lowLabel() + " – " + i.scale().highLabel())
                .setHeader(getTranslation("indicator.instruments.scale")).setFlexGrow(3);
        instruments.addColumn(i -> String.join("\n", numbered(i.questions())))
                .setHeader(getTranslation("indicator.instruments.questions")).setFlexGrow(6);
        instruments.addColumn(i -> getTranslation(i.locked() ? "indicator.instruments.yes" : "indicator.instruments.no"))
                .setHeader(getTranslation("indicator.instruments.locked")).setAutoWidth(true).setFlexGrow(0);
        instruments.setAllRowsVisible(true);
        // The questions are the instrument: they are read whole, one a line, not cut off.
        instruments.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        instruments.addClassName("indicator-instruments");
        add(new Paragraph(getTranslation("indicator.instruments.intro")), instruments);

        group.setLabel(getTranslation("indicator.instruments.group"));
        group.setItems(RespondentGroup.values());
        group.setItemLabelGenerator(g -> g == null ? "" : g.label());
        name.setMaxLength(InstrumentDraft.NAME_MAX);
        steps.setMin(Scale.MIN_STEPS);
        steps.setMax(Scale.MAX_STEPS);
        steps.setValue(Scale.NNS.steps());
        low.setValue(Scale.NNS.lowLabel());
        high.setValue(Scale.NNS.highLabel());
        low.setMaxLength(Scale.LABEL_MAX);
        high.setMaxLength(Scale.LABEL_MAX);
        questions.setHelperText(getTranslation("indicator.instruments.questions.help"));
        errors = new FormErrors().required("group", group).required("name", name).required("steps", steps)
                .required("lowLabel", low).required("highLabel", high).required("questions", questions);
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> addVersion());
        if (currentUser.hasRole(Role.ADMIN)) {
            FormLayout form = new FormLayout(group, name, steps, low, high, questions);
            form.setColspan(questions, 2);
            add(new H3(getTranslation("indicator.instruments.new")), form, add);
        }
        refresh();
    }

    private void refresh() {
        instruments.setItems(indicators.instruments());
    }

    void addVersion() {
        errors.save(() -> {
            Instrument added = indicators.addInstrument(new InstrumentDraft(group.getValue(), name.getValue(),
                    steps.getValue() == null ? 0 : steps.getValue(), low.getValue(), high.getValue(),
                    Arrays.asList(questions.getValue().split("\\R"))));
            Notifications.success(getTranslation("indicator.instruments.added", added.versionNo(), added.group().label()));
            refresh();
        });
    }

    private static List<String> numbered(List<String> questions) {
        return java.util.stream.IntStream.range(0, questions.size()).mapToObj(i -> (i + 1) + ". " + questions.get(i))
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.indicator-instruments");
    }
}
