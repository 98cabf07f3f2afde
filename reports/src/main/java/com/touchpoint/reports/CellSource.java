package com.touchpoint.reports;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * One table column read as the values Excel stores: a number (numbers, and dates as serial day numbers), a boolean,
 * or text. A number Excel cannot hold (infinity, a date before 1900) is written as text so nothing is lost.
 * Instants are shown in UTC.
 */
final class CellSource {

    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT_MARK = " …[cut at " + MAX_TEXT_LENGTH + " characters]";

    private enum Kind { NUMBER, BOOLEAN, TEXT }

    private final Column<?> column;
    private final Kind kind;
    /** Excel's number for a row, NaN when Excel has none (then {@link #text} is written instead). */
    private final IntToDoubleFunction number;
    private final IntFunction<String> text;
    private final String pattern;
    private final DataFormatter formatter = new DataFormatter(Locale.US);

    private CellSource(Column<?> column, Kind kind, IntToDoubleFunction number, IntFunction<String> text,
                       String pattern) {
        this.column = column;
        this.kind = kind;
        this.number = number;
        this.text = text;
        this.pattern = pattern;
    }

    /** Reads {@code column}, whose cells will carry the Excel number format {@code pattern}. */
    static CellSource of(Column<?> column, String pattern) {
        if (column instanceof NumberColumn<?, ?> numbers) {
            return new CellSource(column, Kind.NUMBER, numbers::getDouble,
                    row -> numbers.getDouble(row) > 0 ? "∞" : "-∞", pattern);
        }
        if (column instanceof DateColumn dates) {
            return new CellSource(column, Kind.NUMBER, row -> serial(DateUtil.getExcelDate(dates.get(row))),
                    row -> dates.get(row).toString(), pattern);
        }
        if (column instanceof DateTimeColumn times) {
            return new CellSource(column, Kind.NUMBER, row -> serial(DateUtil.getExcelDate(times.get(row))),
                    row -> times.get(row).toString(), pattern);
        }
        if (column instanceof InstantColumn instants) {
            return new CellSource(column, Kind.NUMBER,
                    row -> serial(DateUtil.getExcelDate(LocalDateTime.ofInstant(instants.get(row), ZoneOffset.UTC))),
                    row -> instants.get(row).toString(), pattern);
        }
        if (column instanceof BooleanColumn booleans) {
            return new CellSource(column, Kind.BOOLEAN, row -> Double.NaN,
                    row -> booleans.get(row) ? "TRUE" : "FALSE", pattern);
        }
        return new CellSource(column, Kind.TEXT, row -> Double.NaN, column::getString, pattern);
    }

    /** The Excel number format code of this column's cells. */
    String pattern() {
        return pattern;
    }

    /** Writes table row {@code row} into a new cell at {@code columnIndex} of {@code sheetRow}; a missing value
     * creates no cell. */
    void write(Row sheetRow, int columnIndex, int row, CellStyle style) {
        if (column.isMissing(row)) {
            return;
        }
        Cell cell = sheetRow.createCell(columnIndex);
        cell.setCellStyle(style);
        switch (kind) {
            case NUMBER -> {
                double value = number.applyAsDouble(row);
                if (Double.isFinite(value)) {
                    cell.setCellValue(value);
                } else {
                    cell.setCellValue(text.apply(row));
                }
            }
            case BOOLEAN -> cell.setCellValue(((BooleanColumn) column).get(row));
            case TEXT -> cell.setCellValue(fitCell(text.apply(row)));
        }
    }

    /** Table row {@code row} as the analyst sees it in the cell; empty when missing. */
    String display(int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (kind == Kind.NUMBER) {
            double value = number.applyAsDouble(row);
            if (Double.isFinite(value)) {
                return formatter.formatRawCellContents(value, -1, pattern);
            }
        }
        return text.apply(row);
    }

    /** Table row {@code row} as a chart value: null when missing or not a finite number. */
    Double chartValue(int row) {
        if (kind != Kind.NUMBER || column.isMissing(row)) {
            return null;
        }
        double value = number.applyAsDouble(row);
        return Double.isFinite(value) ? value : null;
    }

    /** Excel holds at most 32,767 characters per cell; longer text is cut with a visible mark, not rejected. */
    private static String fitCell(String value) {
        if (value.length() <= MAX_TEXT_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_TEXT_LENGTH - CUT_MARK.length()) + CUT_MARK;
    }

    /** POI returns -1 for dates before Excel's epoch (1900-01-01). */
    private static double serial(double excelDate) {
        return excelDate < 0 ? Double.NaN : excelDate;
    }
}
