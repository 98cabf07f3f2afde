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

class NdjsonRecordSourceTest {
    @TempDir
    Path dir;

    @Test
    void readsObjectsPerLineFlattensThemAndContinuesPastBrokenLines() throws Exception {
        String ndjson = """
                {"user_id":"u1","page":{"item_id":"sku1","price":9.50},"tags":["a","b"]}

                {"user_id":"u2", broken
                {"user_id":"u3","channel":"sms","coupon":null,"page":{"item_id":"sku3"}}
                [1,2]
                {"user_id":"u4"} {"user_id":"u5"}
                {"user_id":"u6"
                """;
        Path file = Files.writeString(dir.resolve("events.ndjson"), ndjson, StandardCharsets.UTF_8);
        ReadOptions options = new ReadOptions(FileFormat.NDJSON, StandardCharsets.UTF_8, ',');
        try (RecordSource source = RecordSources.open(file, options)) {
            RawRecord first = source.next();
            assertEquals(1, first.line());
            assertEquals(List.of("user_id", "page.item_id", "page.price", "tags"), source.header());
            assertArrayEquals(new String[] {"u1", "sku1", "9.50", "[\"a\",\"b\"]"}, first.values());
            assertEquals("{\"user_id\":\"u1\",\"page\":{\"item_id\":\"sku1\",\"price\":9.50},\"tags\":[\"a\",\"b\"]}",
                    first.rawText());

            RawRecord broken = source.next();
            assertEquals(3, broken.line()); // line 2 is blank
            assertEquals("{\"user_id\":\"u2\", broken", broken.rawText());
            assertTrue(broken.problem().startsWith("invalid JSON: Unexpected character ('b' (code 98)): was expecting double-quote"), broken.problem());

            RawRecord third = source.next();
            assertEquals(4, third.line());
            assertNull(third.problem());
            assertEquals(List.of("user_id", "page.item_id", "page.price", "tags", "channel", "coupon"),
                    source.header());
            assertArrayEquals(new String[] {"u3", "sku3", null, null, "sms", null}, third.values());

            assertEquals("not a JSON object", source.next().problem());
            RawRecord twoObjects = source.next();
            assertEquals(6, twoObjects.line());
            assertEquals("more than one JSON value", twoObjects.problem());
            RawRecord unclosed = source.next();
            assertEquals(7, unclosed.line());
            assertEquals("invalid JSON: the line ends inside the object", unclosed.problem());

            assertNull(source.next());
            assertEquals(ndjson.getBytes(StandardCharsets.UTF_8).length, source.bytesRead());
        }
    }
}
