package com.touchpoint.reports;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tech.tablesaw.api.Table;

/**
 * Writes one {@link SheetSpec} into a streaming workbook: title lines, a styled header, formatted data rows, column
 * widths, a frozen header, an autofilter and the chart. A table longer than a sheet holds continues on sheets
 * "Name (2)", "Name (3)"… with the title lines and header repeated.
 */
final class TableSheetWriter {

    /** Rows between checks for a cancelled (interrupted) export. */
    private static final int CANCEL_CHECK_ROWS = 4_096;
    private static final float TITLE_ROW_POINTS = 20f;

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final SheetNames names;
    private final int maxRowsPerSheet;

    TableSheetWriter(SXSSFWorkbook workbook, CellStyles styles, SheetNames names, int maxRowsPerSheet) {
        this.workbook = workbook;
        this.styles = styles;
        this.names = names;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    void write(SheetSpec spec) throws InterruptedIOException {
        Table table = spec.table();
        int headerRow = spec.titleLines().isEmpty() ? 0 : spec.titleLines().size() + 1;
        int rowsPerSheet = maxRowsPerSheet - headerRow - 1;
        if (rowsPerSheet < 1) {
            throw new IllegalArgumentException("Sheet '" + spec.name() + "' has " + spec.titleLines().size()
                    + " title lines, which leave no room for data on a sheet of " + maxRowsPerSheet
                    + " rows; use fewer title lines.");
        }
        int rowCount = table.rowCount();
        int parts = Math.max(1, (rowCount + rowsPerSheet - 1) / rowsPerSheet);
        if (parts > 1 && spec.chart().isPresent()) {
            throw new IllegalArgumentException("Sheet '" + spec.name() + "' has a chart, but its " + rowCount
                    + " rows do not fit on one sheet of " + maxRowsPerSheet + " rows; leave the chart out.");
        }
        Columns columns = prepare(spec);
        for (int part = 0; part < parts; part++) {
            int first = part * rowsPerSheet;
            writePart(spec, columns, new SheetLayout(names.claim(spec.name(), part + 1), headerRow, first,
                    Math.min(rowsPerSheet, rowCount - first)));
        }
    }

    /** What every part of a table shares: how each column is read, styled and how wide it is. */
    private record Columns(List<String> names, List<CellSource> sources, List<CellStyle> styles, int[] widths) {
    }

    private Columns prepare(SheetSpec spec) {
        Table table = spec.table();
        List<String> names = table.columnNames();
        List<CellSource> sources = new ArrayList<>();
        List<CellStyle> dataStyles = new ArrayList<>();
        int[] widths = new int[names.size()];
        for (int c = 0; c < names.size(); c++) {
            String pattern = spec.formatOf(c).excelPattern(spec.currencySymbol());
            sources.add(CellSource.of(table.column(c), pattern));
            dataStyles.add(styles.data(pattern));
            widths[c] = ColumnWidths.of(names.get(c), sources.get(c), table.rowCount());
        }
        return new Columns(names, sources, dataStyles, widths);
    }

    private void writePart(SheetSpec spec, Columns columns, SheetLayout layout) throws InterruptedIOException {
        SXSSFSheet sheet = workbook.createSheet(layout.sheetName());
        writeTitleLines(sheet, spec.titleLines());
        writeHeader(sheet.createRow(layout.headerRow()), columns.names());
        writeData(sheet, layout, columns);
        for (int c = 0; c < columns.widths().length; c++) {
            sheet.setColumnWidth(c, columns.widths()[c]);
        }
        fitPrintToPageWidth(sheet);
        sheet.createFreezePane(0, layout.headerRow() + 1);
        sheet.setAutoFilter(new CellRangeAddress(layout.headerRow(), layout.lastSheetRow(), 0,
                columns.names().size() - 1));
        if (layout.rowCount() > 0) {
            spec.chart().ifPresent(chart -> new ChartDrawer(workbook.getXSSFWorkbook().getSheet(layout.sheetName()),
                    layout).draw(chart, columns.names(), columns.sources()));
        }
    }

    /** Printed (or saved as PDF), a sheet is landscape and one page wide, so the chart stays beside its table. */
    private static void fitPrintToPageWidth(SXSSFSheet sheet) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private void writeTitleLines(SXSSFSheet sheet, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            Cell cell = row.createCell(0);
            cell.setCellValue(lines.get(i));
            if (i == 0) {
                cell.setCellStyle(styles.title());
                row.setHeightInPoints(TITLE_ROW_POINTS);
            } else {
                cell.setCellStyle(styles.note());
            }
        }
    }

    private void writeHeader(Row row, List<String> columnNames) {
        for (int c = 0; c < columnNames.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(columnNames.get(c));
            cell.setCellStyle(styles.header());
        }
    }

    private static void writeData(SXSSFSheet sheet, SheetLayout layout, Columns columns)
            throws InterruptedIOException {
        int end = layout.firstTableRow() + layout.rowCount();
        for (int i = layout.firstTableRow(); i < end; i++) {
            if (i % CANCEL_CHECK_ROWS == 0 && Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Export of sheet '" + layout.sheetName() + "' was cancelled.");
            }
            Row row = sheet.createRow(layout.sheetRowOf(i));
            for (int c = 0; c < columns.sources().size(); c++) {
                columns.sources().get(c).write(row, c, i, columns.styles().get(c));
            }
        }
    }
}
