package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.tags.TagSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every whole segment and the tag settings in README.md (section Segments) read, so the documented format is the real one. */
class SegmentDocsTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyDocumentedSegmentReads() throws Exception {
        String docs = Files.readString(Path.of("..", "README.md"));
        Matcher blocks = JSON_BLOCK.matcher(docs);
        List<String> names = new ArrayList<>();
        int tagSettings = 0;
        while (blocks.find()) {
            String json = blocks.group(1);
            if (json.startsWith("{\"halfLifeDays\"")) {
                TagSettings settings = SegmentJson.mapper().readValue(json, TagSettings.class);
                assertEquals(1.5, settings.channelWeight("store"));
                assertEquals(3.0, settings.rules().get(0).behaviourWeight("purchase"));
                tagSettings++;
            }
            if (json.contains("\"condition\"") && json.strip().startsWith("{\"name\"")
                    || json.strip().startsWith("{\n  \"version\"")) {
                Segment segment = SegmentJson.read(json);
                assertEquals(segment, SegmentJson.read(SegmentJson.write(segment)));
                names.add(segment.name());
            }
        }
        assertEquals(List.of("Lapsing Shanghai tea buyers", "Readers, not buyers", "VIP outside Beijing",
                "August repeaters"), names);
        assertEquals(1, tagSettings);
    }
}
