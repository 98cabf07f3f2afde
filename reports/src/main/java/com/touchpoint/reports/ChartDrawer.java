package com.touchpoint.reports;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Draws a {@link ChartSpec} as a native Excel chart beside the table, over the sheet's own cells.
 *
 * <p>Series reference the sheet's cell ranges and carry their values as a cache taken from the table, not read back
 * from the sheet, so charts work on streamed (SXSSF) sheets whose rows are already flushed to disk. Every series
 * (every slice of a pie) gets an explicit solid colour: LibreOffice draws nothing for a series without one.
 */
final class ChartDrawer {

    /** Series colours, in order (Tableau 10). */
    static final List<byte[]> PALETTE = List.of(
            rgb(0x4E79A7), rgb(0xF28E2B), rgb(0xE15759), rgb(0x76B7B2), rgb(0x59A14F),
            rgb(0xEDC948), rgb(0xB07AA1), rgb(0xFF9DA7), rgb(0x9C755F), rgb(0xBAB0AC));

    static final int COLUMNS_WIDE = 9;
    static final int ROWS_HIGH = 22;
    private static final double LINE_WIDTH_POINTS = 2.25;

    private final XSSFSheet sheet;
    private final SheetLayout layout;

    /**
     * @param sheet  the XSSF sheet to draw on (for SXSSF: the streamed sheet's XSSF template)
     * @param layout where the table sits on that sheet
     */
    ChartDrawer(XSSFSheet sheet, SheetLayout layout) {
        this.sheet = sheet;
        this.layout = layout;
    }

    /** Draws {@code spec}; the table's categories and values come through {@code sources}, one per column. */
    void draw(ChartSpec spec, List<String> columnNames, List<CellSource> sources) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int left = columnNames.size() + 1;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                left, layout.headerRow(), left + COLUMNS_WIDE, layout.headerRow() + ROWS_HIGH);
        XSSFChart chart = drawing.createChart(anchor);
        if (spec.title().isEmpty()) {
            chart.setAutoTitleDeleted(true);
        } else {
            chart.setTitleText(spec.title());
            chart.setTitleOverlay(false);
        }
        chart.displayBlanksAs(DisplayBlanks.GAP);

        int categoryIndex = columnNames.indexOf(spec.categoryColumn());
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                categoryTexts(sources.get(categoryIndex)), rangeOf(categoryIndex));
        XDDFChartData data = createData(chart, spec, sources.get(columnNames.indexOf(spec.valueColumns().get(0))));
        for (int k = 0; k < spec.valueColumns().size(); k++) {
            int column = columnNames.indexOf(spec.valueColumns().get(k));
            XDDFNumericalDataSource<Double> values =
                    XDDFDataSourcesFactory.fromArray(chartValues(sources.get(column)), rangeOf(column));
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(columnNames.get(column),
                    new CellReference(layout.sheetName(), layout.headerRow(), column, true, true));
            colour(spec.type(), series, k);
        }
        if (spec.type() != ChartType.BAR) {
            chart.getOrAddLegend().setPosition(spec.type() == ChartType.PIE ? LegendPosition.RIGHT
                    : LegendPosition.BOTTOM);
        }
        chart.plot(data);
    }

    private XDDFChartData createData(XSSFChart chart, ChartSpec spec, CellSource firstSeries) {
        if (spec.type() == ChartType.PIE) {
            XDDFPieChartData pie = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
            pie.setVaryColors(true);
            return pie;
        }
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        if (!spec.categoryAxisTitle().isEmpty()) {
            categoryAxis.setTitle(spec.categoryAxisTitle());
        }
        if (!spec.valueAxisTitle().isEmpty()) {
            valueAxis.setTitle(spec.valueAxisTitle());
        }
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setNumberFormat(firstSeries.pattern());
        valueAxis.getOrAddMajorGridProperties()
                .setLineProperties(new XDDFLineProperties(solid(XDDFColor.from(PresetColor.LIGHT_GRAY))));
        if (spec.type() == ChartType.LINE) {
            XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
            lines.setVaryColors(false);
            return lines;
        }
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        return bars;
    }

    private static void colour(ChartType type, XDDFChartData.Series series, int seriesIndex) {
        switch (type) {
            case BAR, CLUSTERED_BAR -> series.setFillProperties(solid(paletteColour(seriesIndex)));
            case LINE -> {
                XDDFLineChartData.Series line = (XDDFLineChartData.Series) series;
                XDDFLineProperties stroke = new XDDFLineProperties(solid(paletteColour(seriesIndex)));
                stroke.setWidth(LINE_WIDTH_POINTS);
                line.setLineProperties(stroke);
                line.setMarkerStyle(MarkerStyle.NONE);
                line.setSmooth(false);
            }
            case PIE -> {
                XDDFLineProperties border = new XDDFLineProperties(solid(XDDFColor.from(PresetColor.WHITE)));
                for (int point = 0; point < series.getCategoryData().getPointCount(); point++) {
                    series.getDataPoint(point).setFillProperties(solid(paletteColour(point)));
                    series.getDataPoint(point).setLineProperties(border);
                }
            }
        }
    }

    private String[] categoryTexts(CellSource source) {
        String[] texts = new String[layout.rowCount()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = source.display(layout.firstTableRow() + i);
        }
        return texts;
    }

    private Double[] chartValues(CellSource source) {
        Double[] values = new Double[layout.rowCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = source.chartValue(layout.firstTableRow() + i);
        }
        return values;
    }

    /** The absolute reference to the column's data cells on this sheet, e.g. 'Channel mix'!$B$3:$B$9. */
    private String rangeOf(int column) {
        int first = layout.headerRow() + 1;
        return new CellRangeAddress(first, first + layout.rowCount() - 1, column, column)
                .formatAsString(layout.sheetName(), true);
    }

    private static XDDFColor paletteColour(int index) {
        return XDDFColor.from(PALETTE.get(index % PALETTE.size()));
    }

    private static XDDFSolidFillProperties solid(XDDFColor colour) {
        return new XDDFSolidFillProperties(colour);
    }

    private static byte[] rgb(int value) {
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
