package com.touchpoint.datasources.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSnifferTest {
    private static final String MEMBERS = """
            会员号,姓名,城市,性别
            M001,张伟,北京,男
            M002,王芳,上海,女
            M003,李娜,广州,女
            M004,刘洋,深圳,男
            M005,陈静,杭州,女
            M006,杨磊,成都,男
            M007,赵敏,南京,女
            M008,黄强,武汉,男
            """;

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutBom() throws Exception {
        SniffResult sniff = FileSniffer.sniff(write("members.csv", MEMBERS.getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileFormat.CSV, sniff.format());
        assertEquals(StandardCharsets.UTF_8, sniff.charset());
        assertFalse(sniff.bom());
        assertEquals(',', sniff.delimiter());
        assertEquals(List.of("会员号", "姓名", "城市", "性别"), sniff.header());
        assertEquals(8, sniff.previewRows().size());
        assertArrayEquals(new String[] {"M001", "张伟", "北京", "男"}, sniff.previewRows().get(0));
        assertEquals(MEMBERS.getBytes(StandardCharsets.UTF_8).length, sniff.sizeBytes());
    }

    @Test
    void readsUtf8WithBomAndStripsItFromTheHeader() throws Exception {
        SniffResult sniff = FileSniffer.sniff(write("bom.csv", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF}, MEMBERS, StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, sniff.charset());
        assertTrue(sniff.bom());
        assertEquals("会员号", sniff.header().get(0));
    }

    @Test
    void readsUtf16LittleAndBigEndianWithBom() throws Exception {
        SniffResult little = FileSniffer.sniff(write("le.csv",
                withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, MEMBERS, StandardCharsets.UTF_16LE)));
        assertEquals(StandardCharsets.UTF_16LE, little.charset());
        assertTrue(little.bom());
        assertEquals(List.of("会员号", "姓名", "城市", "性别"), little.header());
        assertArrayEquals(new String[] {"M002", "王芳", "上海", "女"}, little.previewRows().get(1));

        SniffResult big = FileSniffer.sniff(write("be.csv",
                withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, MEMBERS, StandardCharsets.UTF_16BE)));
        assertEquals(StandardCharsets.UTF_16BE, big.charset());
        assertEquals(List.of("会员号", "姓名", "城市", "性别"), big.header());
    }

    @Test
    void readsGbkAsGb18030() throws Exception {
        SniffResult sniff = FileSniffer.sniff(write("gbk.csv", MEMBERS.getBytes(Charset.forName("GBK"))));
        assertEquals(Charset.forName("GB18030"), sniff.charset());
        assertFalse(sniff.bom());
        assertEquals(List.of("会员号", "姓名", "城市", "性别"), sniff.header());
        assertArrayEquals(new String[] {"M008", "黄强", "武汉", "男"}, sniff.previewRows().get(7));
    }

    @Test
    void readsOtherEncodingsThatTheDetectorNames() throws Exception {
        String latin = "name,city\nJosé,Málaga\nFrançois,Besançon\nZoë,Köln\n";
        SniffResult sniff = FileSniffer.sniff(write("latin.csv", latin.getBytes("windows-1252")));
        assertEquals(Charset.forName("windows-1252"), sniff.charset());
        assertArrayEquals(new String[] {"François", "Besançon"}, sniff.previewRows().get(1));
    }

    @Test
    void refusesBytesInNoKnownEncoding() throws Exception {
        // 0xFF starts no character in UTF-8 or GB18030, and the detector has no answer
        byte[] bytes = {'a', ',', 'b', '\n', (byte) 0xFF, 'A', (byte) 0xFF, 'B', '\n'};
        assertEquals("'odd.csv' is not in a text encoding Touchpoint can recognise (UTF-8, UTF-16 with a byte-order "
                + "mark, GBK/GB18030); save it again as CSV UTF-8, or choose its encoding by hand",
                refusal("odd.csv", bytes));
    }

    @Test
    void keepsUtf8WhenTheSampleEndsInsideACharacter() throws Exception {
        byte[] bytes = null;
        for (int padding = 0; padding < 10; padding++) {
            StringBuilder text = new StringBuilder("id" + "x".repeat(padding) + ",城市\n");
            for (int i = 0; text.length() < 40_000; i++) {
                text.append(i).append(",北京上海广州深圳\n");
            }
            bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if ((bytes[FileSniffer.SAMPLE_BYTES] & 0xC0) == 0x80) {
                break; // the first byte after the sample continues a character that the sample cuts in two
            }
        }
        assertEquals(0x80, bytes[FileSniffer.SAMPLE_BYTES] & 0xC0);
        SniffResult sniff = FileSniffer.sniff(write("big.csv", bytes));
        assertEquals(StandardCharsets.UTF_8, sniff.charset());
        assertEquals(FileSniffer.PREVIEW_ROWS, sniff.previewRows().size());
    }

    @Test
    void detectsSemicolonsWhenCommasAreDecimalMarks() throws Exception {
        String csv = "id;name;amount\n1;\"Smith, John\";1,50\n2;Doe;3,75\n3;\"Lee; Ann\";4,00\n";
        SniffResult sniff = FileSniffer.sniff(write("semi.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(';', sniff.delimiter());
        assertArrayEquals(new String[] {"3", "Lee; Ann", "4,00"}, sniff.previewRows().get(2));
    }

    @Test
    void ignoresSemicolonsAndNewlinesInsideQuotes() throws Exception {
        String csv = "\"id\",\"note; remark\",\"amount\"\n"
                + "1,\"a;b;c\",5\n"
                + "2,\"first line\nsecond; line\",6\n"
                + "3,\"x;y\",7\n";
        SniffResult sniff = FileSniffer.sniff(write("comma.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(',', sniff.delimiter());
        assertEquals(List.of("id", "note; remark", "amount"), sniff.header());
        assertEquals(3, sniff.previewRows().size());
        assertArrayEquals(new String[] {"2", "first line\nsecond; line", "6"}, sniff.previewRows().get(1));
    }

    @Test
    void detectsTabsAndPipes() throws Exception {
        String tsv = "id\tnote\tamount\n1\ta, b\t5\n2\tc, d\t6\n";
        assertEquals('\t', FileSniffer.sniff(write("t.tsv", tsv.getBytes(StandardCharsets.UTF_8))).delimiter());
        String piped = "id|note|amount\n1|a, b|5\n2|c; d|6\n";
        assertEquals('|', FileSniffer.sniff(write("p.txt", piped.getBytes(StandardCharsets.UTF_8))).delimiter());
    }

    @Test
    void acceptsASingleColumnThatIsOneName() throws Exception {
        SniffResult sniff = FileSniffer.sniff(write("phones.csv", "phone\n13800000000\n13900000000\n"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("phone"), sniff.header());
        assertEquals(2, sniff.previewRows().size());
    }

    @Test
    void acceptsAHeaderWithoutRows() throws Exception {
        SniffResult sniff = FileSniffer.sniff(write("header.csv", "a,b\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("a", "b"), sniff.header());
        assertTrue(sniff.previewRows().isEmpty());
    }

    @Test
    void sniffsNdjsonAndJsonArrays() throws Exception {
        String ndjson = "{\"user_id\":\"u1\",\"page\":{\"item_id\":\"s1\"}}\n{\"user_id\":\"u2\",\"ts\":1}\n";
        SniffResult lines = FileSniffer.sniff(write("e.ndjson", ndjson.getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileFormat.NDJSON, lines.format());
        assertEquals(List.of("user_id", "page.item_id", "ts"), lines.header());
        assertEquals(2, lines.previewRows().size());

        String array = "[{\"user_id\":\"u1\"},{\"user_id\":\"u2\",\"amount\":3.5}]";
        SniffResult json = FileSniffer.sniff(write("e.json", array.getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileFormat.JSON_ARRAY, json.format());
        assertEquals(List.of("user_id", "amount"), json.header());
    }

    @Test
    void refusesEmptyFiles() throws Exception {
        assertEquals("'empty.csv' is empty; check that the export finished and choose the file again",
                refusal("empty.csv", new byte[0]));
        assertTrue(refusal("blank.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' ', '\n'})
                .contains("is empty"));
        assertTrue(refusal("commas.csv", ",,,\n,,,\n".getBytes(StandardCharsets.UTF_8)).contains("is empty"));
    }

    @Test
    void refusesBinaryFiles() throws Exception {
        assertEquals("'report.xlsx' looks like a zip archive, for example an Excel .xlsx workbook; save it as CSV "
                + "(UTF-8) first and import that file", refusal("report.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertTrue(refusal("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1})
                .contains("an old Excel .xls workbook"));
        assertTrue(refusal("data.csv", new byte[] {'a', ',', 'b', '\n', 0, 1, 2, 3})
                .contains("looks like a binary file (e.g. an Excel .xlsx), not text; save it as CSV"));
    }

    @Test
    void refusesJsonThatIsNotRecords() throws Exception {
        assertTrue(refusal("numbers.json", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8))
                .startsWith("'numbers.json' is not a JSON array of objects (line 1: array element is not a JSON "
                        + "object)"));
        String wrapped = "{\n  \"data\": [{\"user_id\": \"u1\"}]\n}\n";
        assertTrue(refusal("wrapped.json", wrapped.getBytes(StandardCharsets.UTF_8))
                .contains("is not one JSON object per line (line 1: invalid JSON"));
        assertTrue(refusal("empty.json", "[ ]".getBytes(StandardCharsets.UTF_8)).contains("contains no records"));
        assertTrue(refusal("text.json", "hello".getBytes(StandardCharsets.UTF_8))
                .contains("is named like a JSON file but does not start with '[' or '{'"));
    }

    @Test
    void refusesAFileWhoseRowsAllHaveMoreFieldsThanTheHeader() throws Exception {
        assertEquals("'short-header.csv' cannot be used: every record checked is broken (line 2: row has 3 fields, "
                + "header has 2); check that the separator ',' is right and that the first line holds the column "
                + "names", refusal("short-header.csv", "a,b\n1,2,3\n4,5,6\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesOneColumnWhenTheNamesAreSeparatedOtherwise() throws Exception {
        String spaced = "user_id event_time channel\nu1 2023-07-17 sms\n";
        assertEquals("'spaced.csv' has only one column: no comma, semicolon, tab or | separates the names in its "
                + "first line (user_id event_time channel); save it as CSV with comma separators, or choose the "
                + "separator by hand", refusal("spaced.csv", spaced.getBytes(StandardCharsets.UTF_8)));
        String chineseComma = "用户ID，时间，渠道\nu1，2023-07-17，sms\n";
        assertTrue(refusal("cn.csv", chineseComma.getBytes(StandardCharsets.UTF_8)).contains("has only one column"));
    }

    @Test
    void refusesAMissingFile() {
        assertEquals("'gone.csv' does not exist (was it moved or renamed?)", assertThrows(
                UnreadableFileException.class, () -> FileSniffer.sniff(dir.resolve("gone.csv"))).getMessage());
    }

    private String refusal(String name, byte[] content) throws Exception {
        Path file = write(name, content);
        return assertThrows(UnreadableFileException.class, () -> FileSniffer.sniff(file)).getMessage();
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
