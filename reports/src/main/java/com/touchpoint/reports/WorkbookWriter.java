package com.touchpoint.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as one .xlsx workbook, one sheet per {@link SheetSpec}: title lines, a bold filled bordered header,
 * number formats per column, a frozen header, an autofilter, estimated column widths and an optional native chart
 * beside the table.
 *
 * <p>All sheets stream through SXSSF, so memory stays flat however long the table; charts are drawn on the streamed
 * sheet's XSSF template with their values cached from the table. A table longer than Excel's 1,048,576 rows
 * continues on sheets "Name (2)", "Name (3)"… with the header repeated. The file is written to a temporary file and
 * moved into place, so a failed or cancelled (thread-interrupted) export leaves no half file.
 */
public final class WorkbookWriter {

    /** Rows per sheet in .xlsx, header included. */
    public static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Rows SXSSF keeps in memory before flushing to its temporary file. */
    private static final int STREAM_WINDOW_ROWS = 200;

    private final int maxRowsPerSheet;

    public WorkbookWriter() {
        this(EXCEL_MAX_ROWS);
    }

    /** A writer that splits tables at {@code maxRowsPerSheet} rows per sheet (header and title lines included). */
    WorkbookWriter(int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("Rows per sheet must be between 2 and " + EXCEL_MAX_ROWS
                    + ", not " + maxRowsPerSheet + ".");
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /**
     * Writes {@code sheets}, in order, to {@code out}, replacing an existing file only once the new one is complete.
     *
     * @throws IOException              when the file cannot be written (the message names the path and the cause)
     * @throws java.io.InterruptedIOException when the thread was interrupted to cancel the export
     * @throws IllegalArgumentException when {@code sheets} is empty or a charted table does not fit on one sheet
     */
    public void write(List<SheetSpec> sheets, Path out) throws IOException {
        Objects.requireNonNull(out, "output path");
        if (Objects.requireNonNull(sheets, "sheets").isEmpty()) {
            throw new IllegalArgumentException("Nothing to export: a workbook needs at least one sheet.");
        }
        AtomicFile.replace(out, file -> writeWorkbook(sheets, file));
    }

    private void writeWorkbook(List<SheetSpec> sheets, Path file) throws IOException {
        // Closing an SXSSF workbook (POI 5.3+) also deletes its temporary sheet files.
        try (SXSSFWorkbook workbook = new FastDeflateWorkbook(STREAM_WINDOW_ROWS)) {
            TableSheetWriter sheetWriter = new TableSheetWriter(workbook, new CellStyles(workbook),
                    new SheetNames(), maxRowsPerSheet);
            for (SheetSpec sheet : sheets) {
                sheetWriter.write(sheet);
            }
            try (OutputStream stream = Files.newOutputStream(file)) {
                workbook.write(stream);
            }
        }
    }
}
