package com.touchpoint.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

class CsvTableWriterTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void writesRfc4180WithAByteOrderMark() throws IOException {
        Path out = dir.resolve("awkward.csv");
        new CsvTableWriter().write(DelimitedTextTables.awkward(), out);

        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(bytes, 3));
        // 1e7 is written in plain digits, 3.0 as 3; missing values are empty fields; the tab needs no quotes here.
        String expected = "name,value,users,day\r\n"
                + "plain,1.5,10,2024-03-01\r\n"
                + "\"has, comma\",10000000,,2024-03-02\r\n"
                + "\"say \"\"hi\"\"\",,30,2024-03-03\r\n"
                + "\"two\nlines\",-0.25,40,2024-03-04\r\n"
                + "渠道\t门店,3,50,2024-03-05\r\n";
        assertEquals(expected, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void readsBackAsTheSameTable() throws IOException {
        Path out = dir.resolve("round-trip.csv");
        Table original = DelimitedTextTables.awkward();
        new CsvTableWriter().write(original, out);

        String text = Files.readString(out, StandardCharsets.UTF_8).substring(1);
        Table read = Table.read().usingOptions(CsvReadOptions.builder(new StringReader(text))
                .columnTypes(new ColumnType[] {ColumnType.STRING, ColumnType.DOUBLE, ColumnType.INTEGER,
                        ColumnType.LOCAL_DATE}));

        assertEquals(original.columnNames(), read.columnNames());
        assertEquals(original.rowCount(), read.rowCount());
        for (int c = 0; c < original.columnCount(); c++) {
            assertEquals(original.column(c).asList(), read.column(c).asList(), original.column(c).name());
        }
    }
}
