package se.samspar.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.questionnaire.Purpose;
import se.samspar.questionnaire.QuestionnaireFigures;
import se.samspar.questionnaire.QuestionnaireService;

/**
 * The questionnaire results of a programme and period: how many of the exited answered, mean,
 * n and distribution per statement, and the comments to pick from. The board's version hides
 * means over too few answers and all free text.
 */
@Route("enkatresultat")
@Menu(order = 9.5, title = "menu.questionnaire-results", icon = "vaadin:chart")
@RolesAllowed(Role.SAMORDNARE_NAME)
public class ResultsView extends Main implements HasDynamicTitle {

    final Select<Programme> programme = new Select<>();
    final Select<Purpose> purpose = new Select<>();
    final DatePicker from = Fields.datePicker(getTranslation("questionnaire.results.from"));
    final DatePicker to = Fields.datePicker(getTranslation("questionnaire.results.to"));
    final Checkbox board = new Checkbox();
    final Paragraph summary = new Paragraph();
    final Grid<QuestionnaireFigures.ScaleResult> scales = new Grid<>();
    final Div texts = new Div();
    private final QuestionnaireService questionnaires;

    ResultsView(QuestionnaireService questionnaires, ProgrammeService programmes, CurrentUser currentUser, Clock clock) {
        this.questionnaires = questionnaires;
        addClassName("list-view");
        List<Programme> own = Pickers.setUp(programme, purpose, programmes, currentUser);
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        board.setLabel(getTranslation("questionnaire.results.board", questionnaires.privacyThreshold()));
        Button show = new Button(getTranslation("questionnaire.results.show"), e -> refresh());
        show.addThemeVariants(ButtonVariant.PRIMARY);

        scales.addColumn(QuestionnaireFigures.ScaleResult::text).setHeader(getTranslation("questionnaire.results.item"))
                .setFlexGrow(4);
        scales.addColumn(QuestionnaireFigures.ScaleResult::meanText).setHeader(getTranslation("questionnaire.results.mean"));
        scales.addColumn(QuestionnaireFigures.ScaleResult::n).setHeader("n");
        for (int v = 1; v <= 6; v++) {
            int value = v;
            scales.addColumn(r -> r.suppressed() ? "–" : Integer.toString(r.distribution()[value - 1]))
                    .setHeader(Integer.toString(v)).setWidth("3.5rem").setFlexGrow(0);
        }
        scales.setAllRowsVisible(true);
        scales.setEmptyStateText(getTranslation("questionnaire.results.none"));

        HorizontalLayout filters = new HorizontalLayout(programme, purpose, from, to, show);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, board, summary, scales, texts);
        if (!own.isEmpty()) {
            programme.setValue(own.getFirst());
            refresh();
        }
    }

    void refresh() {
        if (programme.isEmpty()) {
            return;
        }
        FormErrors errors = new FormErrors().field("from", from).field("to", to);
        errors.clear();
        try {
            QuestionnaireFigures.Figures f = questionnaires.results(programme.getValue().getId(), purpose.getValue(),
                    from.getValue(), to.getValue(), board.getValue());
            summary.setText(getTranslation("questionnaire.results.summary." + purpose.getValue().name(), f.exited(),
                    f.answered(), f.responseRate().map(r -> r + " %").orElse("–")));
            scales.setItems(f.scales());
            texts.removeAll();
            for (QuestionnaireFigures.TextResult t : f.texts()) {
                if (t.answers().isEmpty()) {
                    continue;
                }
                UnorderedList list = new UnorderedList();
                t.answers().forEach(a -> list.add(new ListItem(a)));
                texts.add(new H3(t.comments() ? getTranslation("questionnaire.results.comments", t.question())
                        : t.question()), list);
            }
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.questionnaire-results");
    }
}
