package com.touchpoint.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Reading written workbooks back with POI, for assertions. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    static List<String> rowTexts(Sheet sheet, int rowIndex) {
        List<String> texts = new ArrayList<>();
        Row row = sheet.getRow(rowIndex);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    /**
     * Asserts that the sheet rows below {@code headerRow} hold table rows {@code firstTableRow …} exactly, that no
     * further row follows, and that missing values are empty cells.
     */
    static void assertCellsEqualTable(Sheet sheet, int headerRow, Table table, int firstTableRow, int rowCount) {
        for (int i = 0; i < rowCount; i++) {
            Row row = sheet.getRow(headerRow + 1 + i);
            for (int c = 0; c < table.columnCount(); c++) {
                assertCellEquals(table.column(c), firstTableRow + i, row.getCell(c));
            }
        }
        assertEquals(headerRow + rowCount, sheet.getLastRowNum(), "last row of " + sheet.getSheetName());
    }

    private static void assertCellEquals(Column<?> column, int tableRow, Cell cell) {
        String where = column.name() + " row " + tableRow;
        if (column.isMissing(tableRow)) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where + " should be empty");
        } else if (column instanceof NumberColumn<?, ?> numbers) {
            assertEquals(numbers.getDouble(tableRow), cell.getNumericCellValue(), 0.0, where);
        } else if (column.type() == ColumnType.LOCAL_DATE) {
            assertEquals((LocalDate) column.get(tableRow), cell.getLocalDateTimeCellValue().toLocalDate(), where);
        } else if (column.type() == ColumnType.LOCAL_DATE_TIME) {
            assertEquals((LocalDateTime) column.get(tableRow), cell.getLocalDateTimeCellValue(), where);
        } else {
            assertEquals(column.getString(tableRow), cell.getStringCellValue(), where);
        }
    }
}
