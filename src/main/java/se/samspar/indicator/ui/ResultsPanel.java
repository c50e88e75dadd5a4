package se.samspar.indicator.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.samspar.indicator.IndicatorFigures;
import se.samspar.indicator.IndicatorService;

/**
 * An occasion's results as the coordinator reads them: per group "7 av 8 ledamöter svarade", then
 * per question the distribution over the scale, the mean, and the means of earlier occasions
 * beside it (the full figures; the board's PDF is the one with disclosure control).
 */
class ResultsPanel extends Composite<Div> {

    void show(IndicatorService.Results results) {
        getContent().removeAll();
        for (IndicatorFigures.GroupResult g : results.groups()) {
            getContent().add(new H3(g.group().label()), new Paragraph(getTranslation("indicator.results.answered",
                    g.respondents(), g.base(), g.group().members(), g.scale().range(), g.scale().lowLabel(),
                    g.scale().highLabel())));
            getContent().add(grid(results, g));
        }
    }

    private Grid<Row> grid(IndicatorService.Results results, IndicatorFigures.GroupResult g) {
        List<IndicatorFigures.GroupResult> earlier = results.earlierOf(g.group());
        List<IndicatorFigures.ComparisonRow> comparison = results.comparison(g);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < g.questions().size(); i++) {
            rows.add(new Row(g.questions().get(i), comparison.get(i)));
        }
        Grid<Row> grid = new Grid<>();
        grid.addColumn(r -> r.question().number() + ". " + r.question().text())
                .setHeader(getTranslation("indicator.results.question")).setFlexGrow(5);
        grid.addColumn(r -> getTranslation("indicator.answered-of", r.question().answered(), g.base()))
                .setHeader(getTranslation("indicator.results.answers")).setFlexGrow(1);
        grid.addColumn(r -> distribution(r.question())).setHeader(getTranslation("indicator.results.distribution"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.question().meanText()).setHeader(getTranslation("indicator.results.mean"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        for (int i = 0; i < earlier.size(); i++) {
            int index = i;
            grid.addColumn(r -> IndicatorFigures.meanText(r.comparison().means().get(index)))
                    .setHeader(getTranslation("indicator.results.earlier", earlier.get(i).occasion()))
                    .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addClassName("indicator-results");
        // The indicators' wording in full: NNS's questions are long and are the point of the table.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        return grid;
    }

    /** "7: 2 · 8: 3 · 9: 2": the steps that got answers, with their counts. */
    private static String distribution(IndicatorFigures.QuestionResult q) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < q.counts().size(); i++) {
            if (q.counts().get(i) > 0) {
                parts.add((i + 1) + ": " + q.counts().get(i));
            }
        }
        return parts.isEmpty() ? "–" : parts.stream().collect(Collectors.joining(" · "));
    }

    private record Row(IndicatorFigures.QuestionResult question, IndicatorFigures.ComparisonRow comparison) {
    }
}
