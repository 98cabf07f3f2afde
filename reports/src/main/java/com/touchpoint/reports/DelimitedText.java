package com.touchpoint.reports;

import java.io.IOException;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A table as delimited text with a header line. A field containing the delimiter, a double quote or a line break
 * is wrapped in double quotes with inner quotes doubled (RFC 4180, and what Excel itself puts on the clipboard).
 */
final class DelimitedText {

    private final char delimiter;
    private final String lineEnd;

    DelimitedText(char delimiter, String lineEnd) {
        this.delimiter = delimiter;
        this.lineEnd = lineEnd;
    }

    void write(Table table, Appendable out) throws IOException {
        List<String> names = table.columnNames();
        for (int c = 0; c < names.size(); c++) {
            field(c, names.get(c), out);
        }
        out.append(lineEnd);
        List<Column<?>> columns = table.columns();
        for (int row = 0; row < table.rowCount(); row++) {
            for (int c = 0; c < columns.size(); c++) {
                field(c, PlainValues.of(columns.get(c), row), out);
            }
            out.append(lineEnd);
        }
    }

    private void field(int columnIndex, String value, Appendable out) throws IOException {
        if (columnIndex > 0) {
            out.append(delimiter);
        }
        if (needsQuotes(value)) {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            out.append(value);
        }
    }

    private boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
