package com.touchpoint.views.results;

import com.touchpoint.reports.ColumnFormat;
import com.touchpoint.reports.CsvTableWriter;
import com.touchpoint.reports.SheetSpec;
import com.touchpoint.reports.WorkbookWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes one table to a file chosen by its extension: {@code .xlsx} as a formatted sheet (with the formats the
 * result views show, see {@link ResultFormats#formatOf}), {@code .csv} as UTF-8 CSV with a byte order mark.
 */
public final class TableExport {

    private TableExport() {
    }

    /** @throws IllegalArgumentException the file name ends neither with .xlsx nor with .csv */
    public static void write(Table table, Path out) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith("." + ExportFile.CSV.extension())) {
            new CsvTableWriter().write(table, out);
        } else if (name.endsWith("." + ExportFile.EXCEL.extension())) {
            new WorkbookWriter().write(List.of(sheet(table)), out);
        } else {
            throw new IllegalArgumentException("Choose a file name ending with .xlsx or .csv; got "
                    + out.getFileName());
        }
    }

    /** The table as a sheet named after it, with money columns shown as money. */
    static SheetSpec sheet(Table table) {
        SheetSpec sheet = SheetSpec.of(table.name().isBlank() ? "Table" : table.name(), table);
        for (Column<?> column : table.columns()) {
            if (ResultFormats.formatOf(column) != ColumnFormat.inferredFor(column)) {
                sheet = sheet.withFormat(column.name(), ResultFormats.formatOf(column));
            }
        }
        return sheet;
    }
}
