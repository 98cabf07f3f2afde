package com.touchpoint.reports;

/**
 * Column widths estimated from the header and a sample of displayed values, instead of POI's autoSizeColumn, which
 * measures every cell with AWT fonts and is slow on large sheets (and cannot see rows SXSSF has flushed).
 */
final class ColumnWidths {

    /** Values looked at per column, spread evenly over the table. */
    static final int SAMPLE_SIZE = 1_000;
    static final int MIN_CHARS = 6;
    static final int MAX_CHARS = 60;
    /** Room for the autofilter drop-down button beside a header. */
    private static final int FILTER_BUTTON_CHARS = 3;
    private static final int PADDING_CHARS = 2;

    private ColumnWidths() {
    }

    /** The width in Excel units (1/256 of a character) for a column with {@code header} and the given values. */
    static int of(String header, CellSource values, int rowCount) {
        int widest = displayWidth(header) + FILTER_BUTTON_CHARS;
        int step = Math.max(1, rowCount / SAMPLE_SIZE);
        for (int row = 0; row < rowCount; row += step) {
            widest = Math.max(widest, displayWidth(values.display(row)));
        }
        int chars = Math.min(MAX_CHARS, Math.max(MIN_CHARS, widest + PADDING_CHARS));
        return chars * 256;
    }

    /** Characters a text needs on screen: its longest line, counting East Asian wide characters twice. */
    static int displayWidth(String text) {
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line = 0;
            } else {
                line += isWide(c) ? 2 : 1;
                widest = Math.max(widest, line);
            }
        }
        return widest;
    }

    private static boolean isWide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60);
    }
}
