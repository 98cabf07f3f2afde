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
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonArrayRecordSourceTest {
    private static final ReadOptions JSON = new ReadOptions(FileFormat.JSON_ARRAY, StandardCharsets.UTF_8, ',');

    @TempDir
    Path dir;

    @Test
    void streamsObjectsWithTheLineOfTheirOpeningBrace() throws Exception {
        String json = """
                [
                  {"user_id": "u1",
                   "page": {"item_id": "sku1", "ref": {"campaign": "618"}}},
                  {"user_id": "u2", "amount": 12345678901234567.89, "ids": [1, {"x": 2.50}]},
                  42,
                  {"user_id": "u3"}
                ]
                """;
        try (RecordSource source = RecordSources.open(write(json), JSON)) {
            RawRecord first = source.next();
            assertEquals(2, first.line());
            assertEquals(List.of("user_id", "page.item_id", "page.ref.campaign"), source.header());
            assertArrayEquals(new String[] {"u1", "sku1", "618"}, first.values());
            assertEquals("{\"user_id\":\"u1\",\"page\":{\"item_id\":\"sku1\",\"ref\":{\"campaign\":\"618\"}}}",
                    first.rawText());

            RawRecord second = source.next();
            assertEquals(4, second.line());
            // numbers are kept as written, even beyond double precision
            assertArrayEquals(new String[] {"u2", null, null, "12345678901234567.89", "[1,{\"x\":2.50}]"},
                    second.values());

            RawRecord scalar = source.next();
            assertEquals(5, scalar.line());
            assertEquals("array element is not a JSON object", scalar.problem());
            assertEquals("42", scalar.rawText());

            assertEquals(6, source.next().line());
            assertNull(source.next());
            assertNull(source.next());
        }
    }

    @Test
    void endsWithAProblemRecordAtASyntaxError() throws Exception {
        String json = "[{\"a\": 1},\n{\"a\": 2} {\"a\": 3}]";
        try (RecordSource source = RecordSources.open(write(json), JSON)) {
            assertArrayEquals(new String[] {"1"}, source.next().values());
            assertArrayEquals(new String[] {"2"}, source.next().values()); // the error is only seen after it
            RawRecord broken = source.next();
            assertEquals(2, broken.line());
            assertTrue(broken.problem().startsWith("invalid JSON: Unexpected character ('{'"), broken.problem());
            assertTrue(broken.problem().endsWith("; the rest of the file was not read"), broken.problem());
            assertNull(source.next());
        }
    }

    @Test
    void endsWithAProblemRecordWhenTheFileIsCutOff() throws Exception {
        try (RecordSource source = RecordSources.open(write("[{\"a\": 1},\n{\"a\": 2"), JSON)) {
            assertArrayEquals(new String[] {"1"}, source.next().values());
            RawRecord cut = source.next();
            assertEquals(2, cut.line());
            assertEquals("the file ends inside the JSON array (is it cut off?)", cut.problem());
            assertNull(source.next());
        }
    }

    @Test
    void endsWithAProblemRecordWhenTheArrayIsNotClosed() throws Exception {
        try (RecordSource source = RecordSources.open(write("[{\"a\": 1},\n{\"a\": 2}\n"), JSON)) {
            source.next();
            source.next();
            RawRecord unclosed = source.next();
            assertEquals(3, unclosed.line()); // the end of the file, after the last line break
            assertEquals("the file ends inside the JSON array (is it cut off?)", unclosed.problem());
            assertNull(source.next());
        }
    }

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("data.json"), json, StandardCharsets.UTF_8);
    }
}
