package ru.otklik.report.control;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report's charts, drawn on the server with JFreeChart: as SVG for the page (an image, so
 * nothing in it can run) and as PNG for the PDF. Text in Liberation Sans, loaded from the
 * application's own classpath, so Cyrillic renders the same on every machine.
 */
public final class Charts {

    public static final String FONT = "liberation/LiberationSans-Regular.ttf";
    static final Color PRIMARY = new Color(0x1A, 0x52, 0x9C);
    static final Color PREVIOUS = new Color(0xA0, 0xA8, 0xB4);
    private static final Font BASE = loadFont();

    private Charts() {
    }

    /** Horizontal bars of labelled counts (kinds, networks, topics ...). */
    public static JFreeChart bars(String title, List<Report.Count> counts, String valueLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach(c -> data.addValue(c.count(), valueLabel, c.label()));
        JFreeChart chart = new JFreeChart(title, BASE.deriveFont(Font.BOLD, 14f),
                new CategoryPlot(data, new CategoryAxis(), new NumberAxis(valueLabel), new BarRenderer()), false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        style(chart);
        return chart;
    }

    /** The dynamics: this period's counts per bucket as a line, the previous period's beside it. */
    public static JFreeChart dynamics(String title, Report.Dynamics dynamics, String current, String previous,
                                      String valueLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Report.Bucket b : dynamics.buckets()) {
            data.addValue(b.current(), current, b.label());
            data.addValue(b.previous(), previous, b.label());
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        JFreeChart chart = new JFreeChart(title, BASE.deriveFont(Font.BOLD, 14f),
                new CategoryPlot(data, new CategoryAxis(), new NumberAxis(valueLabel), renderer), true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(dynamics.buckets().size() > 8
                ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        style(chart);
        renderer.setSeriesPaint(0, PRIMARY);
        renderer.setSeriesPaint(1, PREVIOUS);
        return chart;
    }

    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void style(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("otklik");
        theme.setExtraLargeFont(BASE.deriveFont(Font.BOLD, 14f));
        theme.setLargeFont(BASE.deriveFont(Font.BOLD, 12f));
        theme.setRegularFont(BASE.deriveFont(Font.PLAIN, 11f));
        theme.setSmallFont(BASE.deriveFont(Font.PLAIN, 10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setSeriesPaint(0, PRIMARY);
            bars.setMaximumBarWidth(0.08);
        }
    }

    private static Font loadFont() {
        try (InputStream in = Charts.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT + " is not on the classpath (openpdf-fonts-extra)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(11f);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Font " + FONT + " cannot be read", e);
        }
    }
}
