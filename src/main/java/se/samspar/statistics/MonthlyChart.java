package se.samspar.statistics;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import se.samspar.report.PdfKit;

/** Starts and exits month by month as a small bar chart in SVG, rendered on the server. */
public final class MonthlyChart {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
        "nov", "dec"};

    private MonthlyChart() {
    }

    public static String svg(KeyFigures k, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int m = 0; m < k.startedPerMonth().length; m++) {
            data.addValue(k.startedPerMonth()[m], "Startade", MONTHS[m]);
            data.addValue(k.exitedPerMonth()[m], "Avslutade", MONTHS[m]);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false,
                false);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(font);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.getDomainAxis().setTickLabelFont(font);
        // Month names stay whole under narrow bars.
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(2.5f);
        plot.getDomainAxis().setCategoryMargin(0.1);
        plot.getDomainAxis().setLowerMargin(0.01);
        plot.getDomainAxis().setUpperMargin(0.01);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setTickLabelFont(font);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, PdfKit.FIRST);
        bars.setSeriesPaint(1, PdfKit.SECOND);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new java.awt.Rectangle(0, 0, width, height));
        return g2.getSVGElement();
    }
}
