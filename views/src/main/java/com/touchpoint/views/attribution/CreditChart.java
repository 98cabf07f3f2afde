package com.touchpoint.views.attribution;

import com.touchpoint.attribution.model.ChannelCredit;
import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.ModelOutcome;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The grouped bar chart of an attribution run: conversions credited to each channel (groups) by each model (bars,
 * one colour per model), flat bars on white with light grid lines and the legend below. Plain JFreeChart, so the same
 * chart shows in the view and is saved as PNG.
 */
public final class CreditChart {

    /** Tableau 10: distinct, colour-blind friendlier hues that read well on white. */
    static final List<Color> PALETTE = List.of(new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759),
            new Color(0x76B7B2), new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1),
            new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC));
    static final int PNG_WIDTH = 1400;
    static final int PNG_HEIGHT = 800;

    private static final Color TEXT = new Color(0x24292F);
    private static final Color GRID = new Color(0xD0D7DE);
    /** Beyond this many channels the channel names are drawn slanted so they do not overlap. */
    private static final int UPRIGHT_LABELS_MAX = 8;

    private CreditChart() {
    }

    /** Credited conversions: a row (series) per model named by {@code names}, a column per channel. */
    public static DefaultCategoryDataset dataset(AttributionRun run, ModelNames names) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> channels = run.comparison().stringColumn("channel").asList();
        for (ModelOutcome outcome : run.models()) {
            String series = names.of(run, outcome);
            for (String channel : channels) {
                double conversions = outcome.result().credits().stream()
                        .filter(credit -> credit.channel().equals(channel))
                        .mapToDouble(ChannelCredit::conversions).sum();
                dataset.addValue(conversions, series, channel);
            }
        }
        return dataset;
    }

    /**
     * The chart of {@code run}.
     *
     * @param fontFamily the family for every text (one that has the interface language's characters)
     */
    public static JFreeChart create(AttributionRun run, ModelNames names, String title, String channelAxis,
                                    String conversionsAxis, String fontFamily) {
        DefaultCategoryDataset dataset = dataset(run, names);
        CategoryAxis categories = new CategoryAxis(channelAxis);
        NumberAxis values = new NumberAxis(conversionsAxis);
        BarRenderer bars = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, new Font(fontFamily, Font.BOLD, 17), plot, true);

        Font label = new Font(fontFamily, Font.PLAIN, 13);
        Font tick = new Font(fontFamily, Font.PLAIN, 12);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        TextTitle heading = chart.getTitle();
        heading.setPaint(TEXT);
        heading.setPadding(new RectangleInsets(4, 0, 10, 0));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        for (var axis : List.of(categories, values)) {
            axis.setLabelFont(label);
            axis.setLabelPaint(TEXT);
            axis.setTickLabelFont(tick);
            axis.setTickLabelPaint(TEXT);
            axis.setAxisLinePaint(GRID);
            axis.setTickMarkPaint(GRID);
        }
        categories.setCategoryMargin(0.18);
        categories.setLabelInsets(new RectangleInsets(10, 4, 4, 4));
        if (dataset.getColumnCount() > UPRIGHT_LABELS_MAX) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.04);
        for (int series = 0; series < dataset.getRowCount(); series++) {
            bars.setSeriesPaint(series, PALETTE.get(series % PALETTE.size()));
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(label);
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Saves {@code chart} as a {@value #PNG_WIDTH}×{@value #PNG_HEIGHT} PNG. */
    public static void savePng(JFreeChart chart, Path out) throws IOException {
        ChartUtils.saveChartAsPNG(out.toFile(), chart, PNG_WIDTH, PNG_HEIGHT);
    }
}
