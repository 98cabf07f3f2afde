package com.touchpoint.datasources.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvRecordSourceTest {
    private static final ReadOptions UTF8_COMMA = new ReadOptions(FileFormat.CSV, StandardCharsets.UTF_8, ',');

    @TempDir
    Path dir;

    @Test
    void cleansTheHeader() throws Exception {
        Path file = write("\uFEFF id ,,amount,amount, amount ,\"\"\n1,2,3,4,5,6\n");
        try (RecordSource source = RecordSources.open(file, UTF8_COMMA)) {
            assertEquals(List.of("id", "column_2", "amount", "amount_2", "amount_3", "column_6"), source.header());
        }
    }

    @Test
    void numbersRecordsByTheirStartingLineAndKeepsTheirText() throws Exception {
        String csv = "id,comment,amount\r\n"          // line 1
                + "1,\"first\r\nsecond\",5\r\n"       // lines 2-3
                + "2,plain,6\r\n"                     // line 4
                + "\r\n"                              // line 5, skipped
                + ",,\r\n"                            // line 6, all blank, skipped
                + "3,\"a \"\"quoted\"\" word\",7\r\n"; // line 7
        Path file = write(csv);
        try (RecordSource source = RecordSources.open(file, UTF8_COMMA)) {
            RawRecord first = source.next();
            assertEquals(2, first.line());
            assertArrayEquals(new String[] {"1", "first\r\nsecond", "5"}, first.values());
            assertEquals("1,\"first\r\nsecond\",5", first.rawText());
            assertNull(first.problem());

            RawRecord second = source.next();
            assertEquals(4, second.line());
            assertEquals("2,plain,6", second.rawText());

            RawRecord third = source.next();
            assertEquals(7, third.line());
            assertEquals("a \"quoted\" word", third.values()[1]);
            assertEquals("3,\"a \"\"quoted\"\" word\",7", third.rawText());

            assertNull(source.next());
            assertEquals(csv.getBytes(StandardCharsets.UTF_8).length, source.bytesRead());
        }
    }

    @Test
    void flagsRecordsWithMoreFieldsThanTheHeaderAndAcceptsFewer() throws Exception {
        Path file = write("id,name,amount\n1,a,5,surplus\n2,b\n");
        try (RecordSource source = RecordSources.open(file, UTF8_COMMA)) {
            RawRecord tooLong = source.next();
            assertEquals("row has 4 fields, header has 3", tooLong.problem());
            assertArrayEquals(new String[] {"1", "a", "5"}, tooLong.values());
            assertEquals("1,a,5,surplus", tooLong.rawText());

            RawRecord tooShort = source.next();
            assertNull(tooShort.problem());
            assertArrayEquals(new String[] {"2", "b"}, tooShort.values());
        }
    }

    @Test
    void dropsBlankSurplusFieldsFromTrailingSeparators() throws Exception {
        try (RecordSource source = RecordSources.open(write("id,name\n1,a,\n2,b, ,\n"), UTF8_COMMA)) {
            RawRecord first = source.next();
            assertNull(first.problem());
            assertArrayEquals(new String[] {"1", "a"}, first.values());
            assertEquals("1,a,", first.rawText());
            assertNull(source.next().problem());
        }
    }

    @Test
    void readsTheCharsetAndSeparatorGiven() throws Exception {
        Path file = Files.write(dir.resolve("gbk.csv"), "姓名;城市\n张伟;北京\n".getBytes("GBK"));
        ReadOptions options = UTF8_COMMA.withCharset(EncodingDetector.GB18030).withDelimiter(';');
        try (RecordSource source = RecordSources.open(file, options)) {
            assertEquals(List.of("姓名", "城市"), source.header());
            assertArrayEquals(new String[] {"张伟", "北京"}, source.next().values());
        }
    }

    @Test
    void reportsAQuoteThatNeverClosesAsAnError() throws Exception {
        // FastCSV holds at most 16 MiB in one field: an unclosed quote before 17 MB of text overflows it
        StringBuilder csv = new StringBuilder("id,note\n1,\"never closed\n");
        String line = "2,filler filler filler filler filler filler filler filler\n";
        while (csv.length() < 17_000_000) {
            csv.append(line);
        }
        Path file = write(csv.toString());
        try (RecordSource source = RecordSources.open(file, UTF8_COMMA)) {
            String message = assertThrows(java.io.IOException.class, source::next).getMessage();
            assertTrue(message.contains("A quote (\") that opens a field but never closes it is the usual cause"),
                    message);
        }
    }

    @Test
    void flagsARecordWhoseQuoteSwallowsManyLines() throws Exception {
        StringBuilder csv = new StringBuilder("id,note\n1,\"never closed\n");
        for (int i = 0; i < CsvRecordSource.MAX_QUOTED_LINE_BREAKS; i++) {
            csv.append(i).append(",row\n");
        }
        csv.append("x,\"\n"); // a later quote ends the swallowed field, 101 line breaks after it began
        try (RecordSource source = RecordSources.open(write(csv.toString()), UTF8_COMMA)) {
            RawRecord swallowed = source.next();
            assertEquals(2, swallowed.line());
            assertEquals("a quoted field runs over 102 lines; a quote (\") is probably not closed, and the rows it "
                    + "runs over were not read", swallowed.problem());
            assertNull(source.next());
        }
    }

    @Test
    void refusesQuotesAndLineBreaksAsSeparators() {
        assertThrows(IllegalArgumentException.class, () -> UTF8_COMMA.withDelimiter('"'));
        assertThrows(IllegalArgumentException.class, () -> UTF8_COMMA.withDelimiter('\n'));
    }

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("data.csv"), text, StandardCharsets.UTF_8);
    }
}
