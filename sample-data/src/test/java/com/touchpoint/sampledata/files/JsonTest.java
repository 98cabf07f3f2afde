package com.touchpoint.sampledata.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void compactWriterSeparatesMembersAndEscapesText() {
        StringBuilder b = new StringBuilder();
        Json.compact(b).beginObject()
                .name("a").value("x\"y\\z\n")
                .name("n").value(3)
                .name("list").beginArray().value(true).rawNumber("1.5").endArray()
                .name("empty").beginObject().endObject()
                .endObject();
        assertEquals("{\"a\":\"x\\\"y\\\\z\\n\",\"n\":3,\"list\":[true,1.5],\"empty\":{}}", b.toString());
    }

    @Test
    void indentedWriterPutsEachMemberOnItsOwnLine() {
        StringBuilder b = new StringBuilder();
        Json.indented(b).beginObject().name("a").value(1).name("b").beginArray().value("x").endArray().endObject();
        assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    \"x\"\n  ]\n}", b.toString());
    }
}
