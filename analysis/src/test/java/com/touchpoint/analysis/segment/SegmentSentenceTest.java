package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.EventFilter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmentSentenceTest {

    private final Condition lapsing = Group.and(
            PropertyCondition.of("city", Comparison.IN, "上海", "北京"),
            EventCondition.did(new EventFilter(List.of("purchase"), List.of("web", "app"), null, null, null),
                    TimeWindow.last("30d")).counted(2, null),
            new Not(Group.or(new TagCondition("tea", Comparison.GREATER, List.of(1.5)),
                    new RfmCondition(List.of("champions")))));

    @Test
    void readsInEnglish() {
        assertEquals("city is one of 上海, 北京 and did purchase (channel web or app) at least 2 times in the last "
                + "30 days and not (weight of tag tea is more than 1.5 or RFM group is champions)",
                SegmentSentence.of(lapsing, Locale.ENGLISH));
    }

    @Test
    void readsInChinese() {
        assertEquals("city是上海、北京之一 且 最近30天内做过purchase（渠道web或app）至少2次 且 "
                + "非（标签tea的权重大于1.5 或 RFM分组为champions）", SegmentSentence.of(lapsing, Locale.CHINA));
    }

    @Test
    void emptyGroupsDidNotAggregatesAndReferencesRead() {
        assertEquals("everyone", SegmentSentence.of(Group.and(), Locale.ENGLISH));
        assertEquals("无客户", SegmentSentence.of(Group.or(), Locale.CHINESE));
        assertEquals("did not do any event between 2026-08-01 and 2026-08-31",
                SegmentSentence.of(EventCondition.didNot(EventFilter.ANY, TimeWindow.between("2026-08-01",
                        "2026-08-31")), Locale.ENGLISH));
        assertEquals("revenue (category tea) in the last 12 hours is at least 100",
                SegmentSentence.of(new AggregateCondition(AggregateCondition.Measure.REVENUE,
                        new EventFilter(null, null, null, null, List.of("tea")), TimeWindow.last("12h"),
                        Comparison.AT_LEAST, List.of(100.0)), Locale.ENGLISH));
        assertEquals("最近12小时内收入（品类tea）至少为100",
                SegmentSentence.of(new AggregateCondition(AggregateCondition.Measure.REVENUE,
                        new EventFilter(null, null, null, null, List.of("tea")), TimeWindow.last("12h"),
                        Comparison.AT_LEAST, List.of(100.0)), Locale.CHINESE));
        assertEquals("member of segment \u201cvip\u201d and in cluster 2 or 3 of clustering value",
                SegmentSentence.of(Group.and(new SegmentReference("vip"), new ClusterCondition("value",
                        List.of(2, 3))), Locale.GERMAN));
    }
}
