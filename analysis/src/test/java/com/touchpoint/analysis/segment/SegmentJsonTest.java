package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.EventFilter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentJsonTest {

    /** The first example of README.md, section Segments. */
    static final String HAND_WRITTEN = """
            {
              "version": 1,
              "name": "Lapsing Shanghai tea buyers",
              "description": "Bought tea twice, not in the last 60 days",
              "timeZone": "Asia/Shanghai",
              "condition": {
                "type": "group", "logic": "and",
                "conditions": [
                  {"type": "property", "property": "city", "op": "=", "values": "上海"},
                  {"type": "event", "filter": {"types": "purchase", "categories": ["tea"]}, "min": 2},
                  {"type": "not", "condition":
                    {"type": "event", "filter": {"types": ["purchase"]}, "window": {"last": "60d"}}}
                ]
              }
            }
            """;

    @Test
    void handWrittenSegmentsReadWithDefaultsAndSingleValuesForLists() {
        Segment segment = SegmentJson.read(HAND_WRITTEN);
        Group root = (Group) segment.condition();
        assertEquals(Group.Logic.AND, root.logic());
        assertEquals(PropertyCondition.of("city", Comparison.EQUALS, "上海"), root.conditions().get(0));
        EventCondition twice = (EventCondition) root.conditions().get(1);
        assertEquals(new EventCondition(true, new EventFilter(List.of("purchase"), null, null, null, List.of("tea")),
                TimeWindow.ALL, 2, null), twice);
        Not lapsed = (Not) root.conditions().get(2);
        assertEquals(TimeWindow.last("60d"), ((EventCondition) lapsed.condition()).window());
        assertEquals("Asia/Shanghai", segment.zone().getId());
    }

    @Test
    void writtenSegmentsReadBackEqual() {
        Segment segment = SegmentJson.read(HAND_WRITTEN);
        assertEquals(segment, SegmentJson.read(SegmentJson.write(segment)));
        Segment every = Segment.of("every kind", Group.or(
                new AggregateCondition(AggregateCondition.Measure.REVENUE, EventFilter.channels("web"),
                        TimeWindow.between("2026-08-01", "2026-08-31"), Comparison.BETWEEN, List.of(100.0, 500.0)),
                new TagCondition("tea", Comparison.AT_LEAST, List.of(1.5)),
                new RfmCondition(List.of("champions")), new ClusterCondition("value", List.of(2, 3)),
                new SegmentReference("vip"), new Not(Group.and())));
        String json = SegmentJson.write(every);
        assertTrue(json.contains("\"op\" : \"between\""), json);
        assertEquals(every, SegmentJson.read(json));
    }

    @Test
    void mistakesGetMessagesThatSayWhereAndWhat() {
        AnalysisException type = assertThrows(AnalysisException.class, () -> SegmentJson.read(
                "{\"name\":\"x\",\"condition\":{\"type\":\"propery\"}}"));
        assertTrue(type.getMessage().contains("group, not, property"), type.getMessage());
        AnalysisException key = assertThrows(AnalysisException.class, () -> SegmentJson.read(
                "{\"name\":\"x\",\n\"condition\":{\"type\":\"event\",\"windw\":{\"last\":\"3d\"}}}"));
        assertTrue(key.getMessage().contains("windw") && key.getMessage().contains("line 2"), key.getMessage());
        AnalysisException span = assertThrows(AnalysisException.class, () -> SegmentJson.read(
                "{\"name\":\"x\",\"condition\":{\"type\":\"event\",\"window\":{\"last\":\"3 months\"}}}"));
        assertTrue(span.getMessage().contains("'3 months' is not a length of time"), span.getMessage());
        AnalysisException zone = assertThrows(AnalysisException.class, () -> SegmentJson.read(
                "{\"name\":\"x\",\"timeZone\":\"Shanghai\"}"));
        assertTrue(zone.getMessage().contains("Asia/Shanghai"), zone.getMessage());
        AnalysisException newer = assertThrows(AnalysisException.class, () -> SegmentJson.read(
                "{\"version\":2,\"name\":\"x\"}"));
        assertTrue(newer.getMessage().contains("newer"), newer.getMessage());
    }
}
