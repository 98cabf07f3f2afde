package com.touchpoint.reports;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of one workbook, created once and shared: Excel allows about 64,000 styles per workbook, so a
 * style per cell would break large exports. Header cells are styled explicitly (bold, fill, border) because
 * LibreOffice ignores Excel table styles.
 */
final class CellStyles {

    /** Pale blue header fill, RGB D9E1F2. */
    static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2};

    private final Workbook workbook;
    private final Map<String, CellStyle> dataStyles = new HashMap<>();
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle note;

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
        this.header = createHeader();
        this.title = createTextStyle(true, false, (short) 14);
        this.note = createTextStyle(false, true, (short) 10);
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle note() {
        return note;
    }

    /** The style for data cells with Excel number format {@code pattern}. */
    CellStyle data(String pattern) {
        return dataStyles.computeIfAbsent(pattern, p -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(p));
            return style;
        });
    }

    private CellStyle createHeader() {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setFillForegroundColor(new XSSFColor(HEADER_FILL));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private CellStyle createTextStyle(boolean bold, boolean italic, short points) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints(points);
        if (italic) {
            font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        }
        style.setFont(font);
        return style;
    }
}
