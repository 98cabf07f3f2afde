package com.touchpoint.views.audience.clusters;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tech.tablesaw.api.Table;

/**
 * Helps choose k: the within-cluster sum of squares (left axis; look for the elbow where adding a cluster stops
 * helping much) and the mean silhouette (right axis; higher is better separated) for each k tried.
 */
final class ChooseKChart {

    private static final Color ERROR = new Color(0x4E79A7);
    private static final Color SILHOUETTE = new Color(0xF28E2B);
    private static final Color TEXT = new Color(0x24292F);
    private static final Color GRID = new Color(0xD0D7DE);

    private ChooseKChart() {
    }

    /**
     * @param table rows k, within-cluster sum of squares, silhouette, as {@code ClusterAnalysis.chooseK} gives them
     */
    static JFreeChart of(Table table, String kLabel, String errorLabel, String silhouetteLabel) {
        XYSeries error = new XYSeries(errorLabel);
        XYSeries silhouette = new XYSeries(silhouetteLabel);
        for (int row = 0; row < table.rowCount(); row++) {
            int k = table.intColumn(0).getInt(row);
            error.add(k, table.doubleColumn(1).getDouble(row));
            silhouette.add(k, table.doubleColumn(2).getDouble(row));
        }
        NumberAxis kAxis = axis(kLabel);
        kAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        kAxis.setAutoRangeIncludesZero(false);
        NumberAxis errorAxis = axis(errorLabel);
        errorAxis.setAutoRangeIncludesZero(false);
        NumberAxis silhouetteAxis = axis(silhouetteLabel);
        silhouetteAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(error), kAxis, errorAxis, renderer(ERROR));
        plot.setRangeAxis(1, silhouetteAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, new XYSeriesCollection(silhouette));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, renderer(SILHOUETTE));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        legend.setItemPaint(TEXT);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
        return chart;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelPaint(TEXT);
        return axis;
    }

    private static XYLineAndShapeRenderer renderer(Color color) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        return renderer;
    }
}
