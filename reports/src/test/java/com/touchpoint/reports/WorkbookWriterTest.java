package com.touchpoint.reports;

import static com.touchpoint.reports.Workbooks.assertCellsEqualTable;
import static com.touchpoint.reports.Workbooks.rowTexts;
import static com.touchpoint.reports.Workbooks.sheetNames;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class WorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesStyledHeaderFormatsAndValues() throws IOException {
        Path out = dir.resolve("channels.xlsx");
        Table table = SampleTables.channels();
        new WorkbookWriter().write(List.of(SheetSpec.of("Channels", table)
                .withFormat("revenue", ColumnFormat.MONEY).withCurrencySymbol("¥")), out);

        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            assertEquals(List.of("Channels"), sheetNames(workbook));
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("channel", "sessions", "revenue", "conversion rate", "day"), rowTexts(sheet, 0));
            for (int c = 0; c < 5; c++) {
                XSSFCellStyle header = sheet.getRow(0).getCell(c).getCellStyle();
                assertTrue(header.getFont().getBold(), "header bold");
                assertEquals(FillPatternType.SOLID_FOREGROUND, header.getFillPattern());
                assertArrayEquals(CellStyles.HEADER_FILL, header.getFillForegroundColorColor().getRGB());
                assertEquals(BorderStyle.THIN, header.getBorderBottom());
                assertEquals(BorderStyle.THIN, header.getBorderLeft());
            }
            // channel is text, sessions whole numbers, revenue overridden to money, "…rate" inferred percent.
            List<String> expectedFormats = List.of("General", "#,##0", "\"¥\"#,##0.00", "0.0%", "yyyy-mm-dd");
            for (int row = 1; row <= 4; row++) {
                for (int c = 0; c < 5; c++) {
                    if (sheet.getRow(row).getCell(c) != null) {
                        assertEquals(expectedFormats.get(c),
                                sheet.getRow(row).getCell(c).getCellStyle().getDataFormatString(),
                                "format of row " + row + " column " + c);
                    }
                }
            }
            assertCellsEqualTable(sheet, 0, table, 0, 4);
            assertNull(sheet.getRow(2).getCell(2), "Social's missing revenue is an empty cell");
            assertFrozenBelow(sheet, 1);
            assertEquals("A1:E5", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(sheet.getFitToPage() && sheet.getPrintSetup().getLandscape(), "landscape, fit to page");
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
        }
    }

    @Test
    void titleLinesSitAboveTheTableWithABlankRowBetween() throws IOException {
        Path out = dir.resolve("titled.xlsx");
        Table table = SampleTables.channels();
        new WorkbookWriter().write(List.of(SheetSpec.of("Channels", table)
                .withTitleLines("Channel performance", "March 2024, all stores")), out);

        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Channel performance", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertEquals(14, sheet.getRow(0).getCell(0).getCellStyle().getFont().getFontHeightInPoints());
            assertEquals("March 2024, all stores", sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getCellStyle().getFont().getItalic());
            assertNull(sheet.getRow(2));
            // header on row 4 (index 3), data on rows 5..8
            assertEquals("channel", sheet.getRow(3).getCell(0).getStringCellValue());
            assertCellsEqualTable(sheet, 3, table, 0, 4);
            assertFrozenBelow(sheet, 4);
            assertEquals("A4:E8", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void nanMissingAndEmptyValuesBecomeEmptyCellsAndInfinityIsShownAsText() throws IOException {
        Path out = dir.resolve("gaps.xlsx");
        Table table = Table.create("gaps",
                DoubleColumn.create("lift", 0.25, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                IntColumn.create("users", new int[] {7, 8, 9, 10}).set(1, (Integer) null),
                StringColumn.create("note", "a", "", "c", "d"));
        new WorkbookWriter().write(List.of(SheetSpec.of("Gaps", table)), out);

        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(0.25, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertNull(sheet.getRow(2).getCell(0));
            assertNull(sheet.getRow(2).getCell(1));
            assertNull(sheet.getRow(2).getCell(2));
            assertEquals("∞", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals("-∞", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals(10, sheet.getRow(4).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void dateTimesAndInstantsAreExcelDateTimesInUtc() throws IOException {
        Path out = dir.resolve("times.xlsx");
        LocalDateTime halfPastNine = LocalDateTime.of(2024, 3, 1, 9, 30);
        Table table = Table.create("times",
                DateTimeColumn.create("local", List.of(halfPastNine)),
                InstantColumn.create("utc", List.of(Instant.parse("2024-03-01T09:30:00Z"))));
        new WorkbookWriter().write(List.of(SheetSpec.of("Times", table)), out);

        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int c = 0; c < 2; c++) {
                assertEquals(halfPastNine, sheet.getRow(1).getCell(c).getLocalDateTimeCellValue());
                assertEquals("yyyy-mm-dd hh:mm", sheet.getRow(1).getCell(c).getCellStyle().getDataFormatString());
            }
        }
    }

    @Test
    void longTablesContinueOnNumberedSheetsWithTheHeaderRepeated() throws IOException {
        Path out = dir.resolve("split.xlsx");
        Table events = SampleTables.numbered(10);
        // 5 rows per sheet = header + 4 data rows, so 10 rows make sheets of 4, 4 and 2.
        new WorkbookWriter(5).write(List.of(SheetSpec.of("Events", events),
                SheetSpec.of("Summary", SampleTables.numbered(1))), out);

        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            assertEquals(List.of("Events", "Events (2)", "Events (3)", "Summary"), sheetNames(workbook));
            int[] firstRows = {0, 4, 8};
            int[] counts = {4, 4, 2};
            String[] filters = {"A1:B5", "A1:B5", "A1:B3"};
            for (int part = 0; part < 3; part++) {
                XSSFSheet sheet = workbook.getSheetAt(part);
                assertEquals(List.of("id", "label"), rowTexts(sheet, 0));
                assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
                assertCellsEqualTable(sheet, 0, events, firstRows[part], counts[part]);
                assertFrozenBelow(sheet, 1);
                assertEquals(filters[part], sheet.getCTWorksheet().getAutoFilter().getRef());
            }
        }
    }

    @Test
    void titleLinesCountAgainstTheRowsOfASheet() throws IOException {
        Path out = dir.resolve("split-titled.xlsx");
        Table events = SampleTables.numbered(3);
        // 5 rows per sheet = title + blank + header + 2 data rows, so 3 rows make sheets of 2 and 1.
        new WorkbookWriter(5).write(List.of(SheetSpec.of("Events", events).withTitleLines("All events")), out);

        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            assertEquals(List.of("Events", "Events (2)"), sheetNames(workbook));
            assertEquals("All events", workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue());
            assertCellsEqualTable(workbook.getSheetAt(0), 2, events, 0, 2);
            assertCellsEqualTable(workbook.getSheetAt(1), 2, events, 2, 1);
        }
    }

    @Test
    void sheetNamesAreMadeLegalAndUnique() throws IOException {
        Path out = dir.resolve("names.xlsx");
        Table table = SampleTables.numbered(1);
        new WorkbookWriter().write(List.of(
                SheetSpec.of("Q1/Q2: [draft]*?", table),
                SheetSpec.of("Revenue", table),
                SheetSpec.of("revenue", table),
                SheetSpec.of("Attribution by channel and campaign", table),
                SheetSpec.of("Attribution by channel and campaign", table)), out);

        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            assertEquals(List.of("Q1_Q2_ _draft___", "Revenue", "revenue (2)",
                    "Attribution by channel and camp", "Attribution by channel and (2)"), sheetNames(workbook));
        }
    }

    @Test
    void anEmptyTableGetsItsHeaderAndNoChart() throws IOException {
        Path out = dir.resolve("empty.xlsx");
        Table empty = SampleTables.channels().emptyCopy();
        new WorkbookWriter().write(List.of(SheetSpec.of("Nothing yet", empty)
                .withChart(ChartSpec.of(ChartType.BAR, "Revenue", "channel", "revenue"))), out);

        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("channel", "sessions", "revenue", "conversion rate", "day"), rowTexts(sheet, 0));
            assertEquals(0, sheet.getLastRowNum());
            assertEquals("A1:E1", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertNull(sheet.getDrawingPatriarch());
        }
    }

    @Test
    void aFailedExportLeavesTheEarlierFileUntouchedAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("report.xlsx");
        Files.writeString(out, "earlier export");
        SheetSpec fine = SheetSpec.of("Fine", SampleTables.numbered(2));
        // 3 rows of data cannot fit on one sheet of 3 rows (header + 2), and a chart needs one sheet.
        SheetSpec tooLongToChart = SheetSpec.of("Charted", SampleTables.numbered(3))
                .withChart(ChartSpec.of(ChartType.LINE, "Ids", "label", "id"));

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new WorkbookWriter(3).write(List.of(fine, tooLongToChart), out));

        assertTrue(failure.getMessage().contains("'Charted' has a chart"), failure.getMessage());
        assertEquals("earlier export", Files.readString(out));
        assertEquals(List.of(out), filesIn(dir));
    }

    @Test
    void theExportGetsTheFolderDefaultPermissionsNotThoseOfAPrivateTemporaryFile() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path out = dir.resolve("shared.xlsx");
        new WorkbookWriter().write(List.of(SheetSpec.of("A", SampleTables.numbered(1))), out);
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(out));
    }

    @Test
    void anInterruptedThreadCancelsTheExportWithoutAFile() {
        Path out = dir.resolve("cancelled.xlsx");
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class,
                    () -> new WorkbookWriter().write(List.of(SheetSpec.of("Big", SampleTables.numbered(10))), out));
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aMissingFolderIsReportedByName() {
        Path out = dir.resolve("no such folder").resolve("report.xlsx");
        IOException failure = assertThrows(IOException.class,
                () -> new WorkbookWriter().write(List.of(SheetSpec.of("A", SampleTables.numbered(1))), out));
        assertTrue(failure.getMessage().contains("no such folder") && failure.getMessage().contains("does not exist"),
                failure.getMessage());
    }

    @Test
    void anEmptySheetListIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkbookWriter().write(List.of(), dir.resolve("none.xlsx")));
        assertFalse(Files.exists(dir.resolve("none.xlsx")));
    }

    @Test
    void columnWidthsFollowTheContent() throws IOException {
        Path out = dir.resolve("widths.xlsx");
        Table table = Table.create("widths",
                StringColumn.create("id", "a", "b"),
                StringColumn.create("comment", "x".repeat(200), "short"));
        new WorkbookWriter().write(List.of(SheetSpec.of("Widths", table)), out);

        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            // "id": 2 header chars + 3 for the filter button + 2 padding = 7 characters.
            assertEquals(7 * 256, sheet.getColumnWidth(0));
            assertEquals(ColumnWidths.MAX_CHARS * 256, sheet.getColumnWidth(1));
        }
    }

    private static void assertFrozenBelow(XSSFSheet sheet, int rows) {
        PaneInformation pane = sheet.getPaneInformation();
        assertTrue(pane.isFreezePane(), "frozen pane on " + sheet.getSheetName());
        assertEquals(rows, pane.getHorizontalSplitPosition());
        assertEquals(0, pane.getVerticalSplitPosition());
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + folder, e);
        }
    }
}
