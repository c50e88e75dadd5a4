package se.samspar.assessment.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.assessment.RecordedAssessment;

/**
 * The trajectory of one enrolment as a small line chart in SVG, rendered on the server like the
 * key figures' chart: each dimension's score (left axis) and the ladder step (right axis, thick
 * dark line) at each assessment.
 */
final class TrajectoryChart {

    static final Color[] COLORS = {new Color(0x1F5F8B), new Color(0xD98C2B), new Color(0x3C8D5A),
        new Color(0xA23B72), new Color(0x6C5B7B), new Color(0x2A9D8F), new Color(0x8D6E63), new Color(0x5C7CFA)};

    private TrajectoryChart() {
    }

    static String svg(AssessmentService.Overview o, List<String> columnLabels, int width, int height) {
        AssessmentTemplate current = o.current();
        DefaultCategoryDataset scores = new DefaultCategoryDataset();
        DefaultCategoryDataset ladder = new DefaultCategoryDataset();
        int max = 1;
        for (int i = 0; i < o.assessments().size(); i++) {
            RecordedAssessment a = o.assessments().get(i);
            String column = columnLabels.get(i);
            for (AssessmentTemplate.TemplateDimension d : current.dimensions()) {
                scores.addValue(a.score(d.code()), d.label(), column);
                max = Math.max(max, d.max());
            }
            ladder.addValue(Integer.valueOf(a.step()), "Steg", column);
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(font);
        // "2026-07-15" over "start": two lines, never cut.
        x.setMaximumCategoryLabelLines(2);
        x.setMaximumCategoryLabelWidthRatio(0.9f);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        NumberAxis left = new NumberAxis("Poäng");
        left.setRange(0.5, max + 0.5);
        left.setTickUnit(new NumberTickUnit(1));
        left.setTickLabelFont(font);
        left.setLabelFont(font);
        NumberAxis right = new NumberAxis("Steg");
        right.setRange(0.5, Math.max(current.ladder().size(), 2) + 0.5);
        right.setTickUnit(new NumberTickUnit(1));
        right.setTickLabelFont(font);
        right.setLabelFont(font);

        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < current.dimensions().size(); i++) {
            lines.setSeriesPaint(i, COLORS[i % COLORS.length]);
            lines.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        CategoryPlot plot = new CategoryPlot(scores, x, left, lines);
        LineAndShapeRenderer steps = new LineAndShapeRenderer(true, true);
        steps.setSeriesPaint(0, new Color(0x222222));
        steps.setSeriesStroke(0, new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {7f, 4f}, 0f));
        plot.setDataset(1, ladder);
        plot.setRangeAxis(1, right);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, steps);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));

        JFreeChart chart = new JFreeChart(null, font, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font);
        legend.setFrame(BlockBorder.NONE);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new java.awt.Rectangle(0, 0, width, height));
        return g2.getSVGElement();
    }
}
