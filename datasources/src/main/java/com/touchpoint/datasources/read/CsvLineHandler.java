package com.touchpoint.datasources.read;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

import java.util.Arrays;

/**
 * Receives FastCSV's parse events and builds {@link CsvLine}s. The record text is rebuilt from the fields (quoted
 * fields re-quoted, inner quotes doubled), which reproduces the file's text for well-formed CSV without a second pass
 * over the input. Records whose fields are all blank (empty lines, Excel's {@code ,,,,} lines) are skipped.
 */
final class CsvLineHandler extends CsvCallbackHandler<CsvLine> {
    private static final char QUOTE = '"';

    private final char delimiter;
    private final StringBuilder text = new StringBuilder(256);
    private String[] fields = new String[16];
    private int fieldCount;
    private long startingLine;
    private RecordType recordType = RecordType.DATA;
    private boolean anyValue;
    private int quotedLineBreaks;

    CsvLineHandler(char delimiter) {
        this.delimiter = delimiter;
    }

    @Override
    protected RecordType getRecordType() {
        return recordType;
    }

    @Override
    protected int getFieldCount() {
        return fieldCount;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        startingLine = startingLineNumber;
        fieldCount = 0;
        recordType = RecordType.DATA;
        anyValue = false;
        quotedLineBreaks = 0;
        text.setLength(0);
    }

    @Override
    protected void addField(char[] buffer, int offset, int length, boolean quoted) {
        if (fieldCount > 0) {
            text.append(delimiter);
        }
        if (quoted) {
            appendQuoted(buffer, offset, length);
        } else {
            text.append(buffer, offset, length);
        }
        if (fieldCount == fields.length) {
            fields = Arrays.copyOf(fields, fieldCount * 2);
        }
        String value = new String(buffer, offset, length);
        fields[fieldCount++] = value;
        anyValue = anyValue || !value.isBlank();
    }

    @Override
    protected void setComment(char[] buffer, int offset, int length) {
        recordType = RecordType.COMMENT;
    }

    @Override
    protected void setEmpty() {
        recordType = RecordType.EMPTY;
    }

    @Override
    protected CsvLine buildRecord() {
        if (recordType != RecordType.DATA || !anyValue) {
            return null;
        }
        return new CsvLine(startingLine, Arrays.copyOf(fields, fieldCount), text.toString(), quotedLineBreaks);
    }

    private void appendQuoted(char[] buffer, int offset, int length) {
        text.append(QUOTE);
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == QUOTE) {
                text.append(QUOTE);
            } else if (c == '\n') {
                quotedLineBreaks++;
            }
            text.append(c);
        }
        text.append(QUOTE);
    }
}
