package com.touchpoint.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import tech.tablesaw.api.Table;

/**
 * A table as tab-separated text with a header line, for the clipboard: pasted into Excel or LibreOffice it fills
 * one cell per value. Fields with tabs, quotes or line breaks are quoted the way Excel quotes them when copying.
 */
public final class TsvText {

    private static final DelimitedText TSV = new DelimitedText('\t', "\n");

    private TsvText() {
    }

    public static String of(Table table) {
        StringBuilder text = new StringBuilder();
        try {
            TSV.write(table, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException("A StringBuilder does not throw IOException", impossible);
        }
        return text.toString();
    }
}
