package com.touchpoint.reports;

/**
 * Where one part of a table sits on its sheet: the header at {@code headerRow} (0-based), then table rows
 * {@code firstTableRow … firstTableRow + rowCount - 1} on the sheet rows below it.
 */
record SheetLayout(String sheetName, int headerRow, int firstTableRow, int rowCount) {

    /** The 0-based sheet row holding table row {@code tableRow}. */
    int sheetRowOf(int tableRow) {
        return headerRow + 1 + tableRow - firstTableRow;
    }

    /** The 0-based sheet row of the last data row (the header row when there is no data). */
    int lastSheetRow() {
        return headerRow + rowCount;
    }
}
