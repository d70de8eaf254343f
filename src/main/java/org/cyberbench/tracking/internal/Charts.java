package org.cyberbench.tracking.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** Bar charts drawn on the server as SVG (JFreeChart into JFreeSVG): no JavaScript, nothing to install in the browser. */
public final class Charts {

    private static final Color[] PALETTE = {new Color(0x1f5fa8), new Color(0xe0a100), new Color(0x9aa5b1), new Color(0xc0392b),
        new Color(0x2e8b57), new Color(0x7b4fa0), new Color(0x16a2b8)};

    private Charts() {
    }

    /** One value of a series in a category, e.g. ("Valid", "Course A", 12). */
    public record Point(String series, String category, long value) {
    }

    public static String stackedBars(List<Point> points, String valueLabel, int width, int height, boolean horizontal) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        points.forEach(p -> dataset.addValue(p.value(), p.series(), p.category()));
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, valueLabel, dataset,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        return svg.getSVGElement(null, true, null, null, null);
    }
}
