package com.touchpoint.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTMarker;

/**
 * Charts read back from the file: type, series count, the exact cell ranges each series points at, and a solid
 * colour per series (per slice for pies). The channel table has its header on row 1 and 4 data rows on rows 2..5,
 * columns A channel, B sessions, C revenue, D conversion rate, E day.
 */
class WorkbookChartsTest {

    private static final String BLUE = "4E79A7";
    private static final String ORANGE = "F28E2B";
    private static final String RED = "E15759";
    private static final String TEAL = "76B7B2";

    @TempDir
    Path dir;

    @Test
    void barChartHasOneColouredSeriesOverTheTableCells() throws IOException {
        SheetSpec sheet = SheetSpec.of("Channels", SampleTables.channels())
                .withChart(ChartSpec.of(ChartType.BAR, "Revenue by channel", "channel", "revenue")
                        .withAxisTitles("Channel", "Revenue"));

        try (XSSFWorkbook workbook = write(sheet)) {
            XSSFChart chart = onlyChart(workbook.getSheetAt(0));
            CTPlotArea plot = chart.getCTChart().getPlotArea();
            assertEquals(1, plot.sizeOfBarChartArray());
            assertEquals(0, plot.sizeOfLineChartArray() + plot.sizeOfPieChartArray());
            CTBarChart bars = plot.getBarChartArray(0);
            assertEquals(STBarDir.COL, bars.getBarDir().getVal());
            assertEquals(STBarGrouping.CLUSTERED, bars.getGrouping().getVal());
            assertEquals(1, bars.sizeOfSerArray());
            CTBarSer series = bars.getSerArray(0);
            assertEquals("Channels!$A$2:$A$5", categoryRef(series.getCat()));
            assertEquals("Channels!$C$2:$C$5", valueRef(series.getVal()));
            assertEquals("Channels!$C$1", series.getTx().getStrRef().getF());
            assertEquals(BLUE, rgb(series.getSpPr().getSolidFill()));
            assertEquals("Revenue by channel", chart.getTitleText().getString());
            // Social's revenue is missing: the cache has points 0, 2 and 3 of 4.
            assertEquals(4, series.getVal().getNumRef().getNumCache().getPtCount().getVal());
            assertEquals(List.of("0=5400.5", "2=2100.25", "3=9800.0"),
                    points(series.getVal().getNumRef().getNumCache().getPtList()));
            assertEquals(2, plot.sizeOfCatAxArray() + plot.sizeOfValAxArray());
        }
    }

    @Test
    void clusteredBarChartHasOneSeriesPerValueColumnEachWithItsColour() throws IOException {
        SheetSpec sheet = SheetSpec.of("Channel mix", SampleTables.channels())
                .withChart(ChartSpec.of(ChartType.CLUSTERED_BAR, "Sessions and revenue", "channel",
                        "sessions", "revenue"));

        try (XSSFWorkbook workbook = write(sheet)) {
            CTBarChart bars = onlyChart(workbook.getSheetAt(0)).getCTChart().getPlotArea().getBarChartArray(0);
            assertEquals(STBarGrouping.CLUSTERED, bars.getGrouping().getVal());
            assertEquals(2, bars.sizeOfSerArray());
            // The sheet name has a space, so references quote it.
            assertEquals("'Channel mix'!$A$2:$A$5", categoryRef(bars.getSerArray(0).getCat()));
            assertEquals("'Channel mix'!$B$2:$B$5", valueRef(bars.getSerArray(0).getVal()));
            assertEquals("'Channel mix'!$A$2:$A$5", categoryRef(bars.getSerArray(1).getCat()));
            assertEquals("'Channel mix'!$C$2:$C$5", valueRef(bars.getSerArray(1).getVal()));
            assertEquals("'Channel mix'!$B$1", bars.getSerArray(0).getTx().getStrRef().getF());
            assertEquals(BLUE, rgb(bars.getSerArray(0).getSpPr().getSolidFill()));
            assertEquals(ORANGE, rgb(bars.getSerArray(1).getSpPr().getSolidFill()));
            assertEquals(List.of("Search", "Social", "E-mail", "门店"),
                    categoryCache(bars.getSerArray(0).getCat()));
        }
    }

    @Test
    void lineChartOverDatesWithTitleLinesPointsBelowTheShiftedHeader() throws IOException {
        // Two title lines and a blank row put the header on row 4 and the data on rows 5..8.
        SheetSpec sheet = SheetSpec.of("Daily", SampleTables.channels())
                .withTitleLines("Daily sessions", "Stores and online")
                .withChart(ChartSpec.of(ChartType.LINE, "Sessions and revenue by day", "day", "sessions", "revenue"));

        try (XSSFWorkbook workbook = write(sheet)) {
            CTPlotArea plot = onlyChart(workbook.getSheetAt(0)).getCTChart().getPlotArea();
            assertEquals(1, plot.sizeOfLineChartArray());
            CTLineChart lines = plot.getLineChartArray(0);
            assertEquals(2, lines.sizeOfSerArray());
            String[] valueColumns = {"B", "C"};
            String[] colours = {BLUE, ORANGE};
            for (int k = 0; k < 2; k++) {
                CTLineSer series = lines.getSerArray(k);
                assertEquals("Daily!$E$5:$E$8", categoryRef(series.getCat()));
                assertEquals("Daily!$" + valueColumns[k] + "$5:$" + valueColumns[k] + "$8", valueRef(series.getVal()));
                assertEquals("Daily!$" + valueColumns[k] + "$4", series.getTx().getStrRef().getF());
                assertEquals(colours[k], rgb(series.getSpPr().getLn().getSolidFill()));
            }
            // Dates are shown as the cells show them, not as serial numbers.
            assertEquals(List.of("2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"),
                    categoryCache(lines.getSerArray(0).getCat()));
        }
    }

    @Test
    void pieChartColoursEverySlice() throws IOException {
        SheetSpec sheet = SheetSpec.of("Share", SampleTables.channels())
                .withChart(ChartSpec.of(ChartType.PIE, "Sessions share", "channel", "sessions"));

        try (XSSFWorkbook workbook = write(sheet)) {
            CTPlotArea plot = onlyChart(workbook.getSheetAt(0)).getCTChart().getPlotArea();
            assertEquals(1, plot.sizeOfPieChartArray());
            assertEquals(0, plot.sizeOfCatAxArray() + plot.sizeOfValAxArray());
            CTPieChart pie = plot.getPieChartArray(0);
            assertEquals(1, pie.sizeOfSerArray());
            CTPieSer series = pie.getSerArray(0);
            assertEquals("Share!$A$2:$A$5", categoryRef(series.getCat()));
            assertEquals("Share!$B$2:$B$5", valueRef(series.getVal()));
            List<String> sliceColours = new ArrayList<>();
            for (CTDPt point : series.getDPtList()) {
                sliceColours.add(point.getIdx().getVal() + "=" + rgb(point.getSpPr().getSolidFill()));
            }
            assertEquals(List.of("0=" + BLUE, "1=" + ORANGE, "2=" + RED, "3=" + TEAL), sliceColours);
        }
    }

    @Test
    void chartSitsBesideTheTableFromTheHeaderRow() throws IOException {
        SheetSpec sheet = SheetSpec.of("Channels", SampleTables.channels()).withTitleLines("Title")
                .withChart(ChartSpec.of(ChartType.BAR, "Revenue", "channel", "revenue"));

        try (XSSFWorkbook workbook = write(sheet)) {
            XSSFDrawing drawing = workbook.getSheetAt(0).getDrawingPatriarch();
            CTMarker from = drawing.getCTDrawing().getTwoCellAnchorArray(0).getFrom();
            CTMarker to = drawing.getCTDrawing().getTwoCellAnchorArray(0).getTo();
            // 5 table columns (A..E), one spare column, so the chart starts at column G (index 6), on the header row.
            assertEquals(6, from.getCol());
            assertEquals(2, from.getRow());
            assertEquals(6 + ChartDrawer.COLUMNS_WIDE, to.getCol());
            assertEquals(2 + ChartDrawer.ROWS_HIGH, to.getRow());
        }
    }

    @Test
    void sheetsWithoutAChartHaveNoDrawing() throws IOException {
        try (XSSFWorkbook workbook = write(SheetSpec.of("Plain", SampleTables.channels()))) {
            assertFalse(workbook.getSheetAt(0).getRelations().stream()
                    .anyMatch(part -> part instanceof XSSFDrawing));
        }
    }

    private XSSFWorkbook write(SheetSpec sheet) throws IOException {
        Path out = dir.resolve("chart.xlsx");
        new WorkbookWriter().write(List.of(sheet), out);
        return Workbooks.open(out);
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        return charts.get(0);
    }

    private static String categoryRef(CTAxDataSource categories) {
        assertTrue(categories.isSetStrRef(), "categories reference cells");
        return categories.getStrRef().getF();
    }

    private static List<String> categoryCache(CTAxDataSource categories) {
        List<String> texts = new ArrayList<>();
        categories.getStrRef().getStrCache().getPtList().forEach(point -> texts.add(point.getV()));
        return texts;
    }

    private static String valueRef(CTNumDataSource values) {
        assertTrue(values.isSetNumRef(), "values reference cells");
        return values.getNumRef().getF();
    }

    private static List<String> points(List<CTNumVal> points) {
        List<String> texts = new ArrayList<>();
        points.forEach(point -> texts.add(point.getIdx() + "=" + point.getV()));
        return texts;
    }

    private static String rgb(CTSolidColorFillProperties fill) {
        assertTrue(fill != null && fill.isSetSrgbClr(), "solid RGB fill");
        return HexFormat.of().withUpperCase().formatHex(fill.getSrgbClr().getVal());
    }
}
