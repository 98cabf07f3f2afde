package com.touchpoint.views.attribution;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionService;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.attribution.service.ModelOutcome;
import com.touchpoint.attribution.service.ProjectAttribution;
import com.touchpoint.attribution.service.RunMonitor;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.quality.ProjectQuality;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attribution report written for a small project (three customers, spend for search) and read back with POI.
 * Sheets with title lines have them on rows 1.., a blank row, then the header; the summary has 3 title lines, so its
 * header is on sheet row 5 and the channels on rows 6..; a model sheet has 2, so its header is on row 4.
 */
class AttributionWorkbookTest {

    @TempDir
    static Path dir;
    private static AttributionRun run;
    private static Table quality;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeTheReport() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), """
                user_id,event,ts,channel,revenue
                u1,ad_click,2026-08-01T10:00:00Z,search,
                u1,click,2026-08-02T10:00:00Z,email,
                u1,purchase,2026-08-03T10:00:00Z,web,100
                u2,click,2026-08-01T12:00:00Z,email,
                u2,purchase,2026-08-02T12:00:00Z,web,50
                u3,ad_click,2026-08-03T09:00:00Z,search,
                """);
        Path spend = Files.writeString(dir.resolve("spend.csv"), "date,channel,campaign,cost\n"
                + "2026-08-01,search,brand,40\n");
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("shop")))) {
            ImportService imports = new ImportService(store);
            ImportRequest request = new ImportRequest(null, null, null, null, ZoneOffset.UTC, null);
            imports.importFile(events, request, ImportMonitor.NONE);
            imports.importFile(spend, request, ImportMonitor.NONE);
            AttributionService service = new AttributionService(Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"),
                    ZoneOffset.UTC));
            run = new ProjectAttribution(store, service).fromEvents(AttributionSettings.defaults(), RunMonitor.NONE);
            quality = new ProjectQuality(store).summary();
        }
        Path out = dir.resolve("report.xlsx");
        AttributionWorkbook.write(run, quality, "shop", out);
        try (InputStream in = Files.newInputStream(out)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @Test
    void theSheetsComeInReportOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertEquals(List.of("Summary", "First touch", "Last touch", "Last non-direct", "Linear", "Time decay",
                "Position-based", "Markov order 1", "Removal effects, Markov order 1", "Transitions, Markov order 1",
                "Shapley (rate)", "Shapley values", "Ordered Shapley", "Ordered Shapley positions", "Paths",
                "Parameters", "Data quality"), names);
    }

    @Test
    void theSummaryHoldsTheComparisonOfTheRun() {
        Sheet summary = workbook.getSheet("Summary");
        assertEquals("Attribution report: shop", summary.getRow(0).getCell(0).getStringCellValue());
        assertEquals(run.comparison().columnNames(), texts(summary.getRow(4)));
        assertCellsEqual(summary, 4, run.comparison());
        // By hand: u1 (search > email, 100) and u2 (email, 50). Linear gives search 0.5 and email 1.5.
        int search = run.comparison().stringColumn("channel").indexOf("search");
        assertEquals("search", summary.getRow(5 + search).getCell(0).getStringCellValue());
        int linear = run.comparison().columnIndex("Linear");
        assertEquals(0.5, summary.getRow(5 + search).getCell(linear).getNumericCellValue(), 1e-12);
    }

    @Test
    void theSummaryChartHasASeriesPerModelOverItsColumn() {
        CTBarChart bars = onlyChart(workbook.getSheet("Summary")).getCTChart().getPlotArea().getBarChartArray(0);
        assertEquals(STBarGrouping.CLUSTERED, bars.getGrouping().getVal());
        List<ModelOutcome> models = run.models();
        assertEquals(models.size(), bars.sizeOfSerArray());
        int lastRow = 5 + run.comparison().rowCount();
        for (int k = 0; k < models.size(); k++) {
            CTBarSer series = bars.getSerArray(k);
            // Model k's conversions are in column k + 1 (B, C, …); channels in column A, rows 6 to lastRow.
            String column = String.valueOf((char) ('B' + k));
            assertEquals("Summary!$" + column + "$6:$" + column + "$" + lastRow,
                    series.getVal().getNumRef().getF(), models.get(k).name());
            assertEquals("Summary!$A$6:$A$" + lastRow, series.getCat().getStrRef().getF());
            assertEquals("Summary!$" + column + "$5", series.getTx().getStrRef().getF());
        }
    }

    @Test
    void eachModelSheetHoldsItsCreditsWithCostAndAChartOfConversions() {
        ModelOutcome linear = run.outcome(ModelKind.LINEAR).orElseThrow();
        XSSFSheet sheet = workbook.getSheet("Linear");
        assertEquals(List.of("channel", "conversions", "value", "share", "cost", "CPA", "ROAS"),
                texts(sheet.getRow(3)));
        assertCellsEqual(sheet, 3, linear.table());
        // Search: 0.5 conversions worth 50 for a cost of 40: CPA 80, ROAS 1.25.
        int search = linear.table().stringColumn("channel").indexOf("search");
        assertEquals(80, sheet.getRow(4 + search).getCell(5).getNumericCellValue(), 1e-9);
        assertEquals(1.25, sheet.getRow(4 + search).getCell(6).getNumericCellValue(), 1e-9);

        CTBarSer series = onlyChart(sheet).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
        int lastRow = 4 + linear.table().rowCount();
        assertEquals("Linear!$B$5:$B$" + lastRow, series.getVal().getNumRef().getF());
        assertEquals("Linear!$A$5:$A$" + lastRow, series.getCat().getStrRef().getF());

        CTBarSer markov = onlyChart(workbook.getSheet("Markov order 1")).getCTChart().getPlotArea()
                .getBarChartArray(0).getSerArray(0);
        assertTrue(markov.getVal().getNumRef().getF().startsWith("'Markov order 1'!$B$5:$B$"),
                markov.getVal().getNumRef().getF());
    }

    @Test
    void pathsParametersAndQualityAreThere() {
        assertCellsEqual(workbook.getSheet("Paths"), 3, run.topPaths());
        Sheet parameters = workbook.getSheet("Parameters");
        assertEquals(List.of("parameter", "value"), texts(parameters.getRow(2)));
        assertEquals(List.of("project", "shop"), texts(parameters.getRow(3)));
        assertEquals(List.of("run at (UTC)", "2026-09-01T00:00:00Z"), texts(parameters.getRow(4)));
        assertEquals(run.parameters().rowCount() + 1, parameters.getLastRowNum() - 2);

        Sheet dataQuality = workbook.getSheet("Data quality");
        assertEquals(quality.columnNames(), texts(dataQuality.getRow(3)));
        assertEquals(List.of("events.csv", "spend.csv", "all imports (2)"), List.of(
                dataQuality.getRow(4).getCell(0).getStringCellValue(),
                dataQuality.getRow(5).getCell(0).getStringCellValue(),
                dataQuality.getRow(6).getCell(0).getStringCellValue()));
        assertEquals(7, dataQuality.getRow(6).getCell(3).getNumericCellValue(), "6 events + 1 spend row read");
    }

    private static XSSFChart onlyChart(Sheet sheet) {
        List<XSSFChart> charts = ((XSSFSheet) sheet).createDrawingPatriarch().getCharts();
        assertEquals(1, charts.size(), sheet.getSheetName());
        return charts.get(0);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    /** Every table cell equals the sheet cell below the header row; numbers exactly, missing values as no cell. */
    private static void assertCellsEqual(Sheet sheet, int headerRow, Table table) {
        for (int r = 0; r < table.rowCount(); r++) {
            Row row = sheet.getRow(headerRow + 1 + r);
            for (int c = 0; c < table.columnCount(); c++) {
                Column<?> column = table.column(c);
                Cell cell = row.getCell(c);
                String where = sheet.getSheetName() + " " + column.name() + " row " + r;
                if (column.isMissing(r)) {
                    assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where);
                } else if (column instanceof NumberColumn<?, ?> numbers) {
                    assertEquals(numbers.getDouble(r), cell.getNumericCellValue(), 0.0, where);
                } else {
                    assertEquals(column.getString(r), cell.getStringCellValue(), where);
                }
            }
        }
        assertEquals(headerRow + table.rowCount(), sheet.getLastRowNum(), "last row of " + sheet.getSheetName());
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }
}
