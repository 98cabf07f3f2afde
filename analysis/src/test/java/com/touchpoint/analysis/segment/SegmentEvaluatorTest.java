package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.rfm.RfmSettings;
import com.touchpoint.analysis.tags.TagSettings;
import com.touchpoint.analysis.tags.TagWeights;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import static com.touchpoint.analysis.segment.Comparison.AT_LEAST;
import static com.touchpoint.analysis.segment.Comparison.AT_MOST;
import static com.touchpoint.analysis.segment.Comparison.BETWEEN;
import static com.touchpoint.analysis.segment.Comparison.CONTAINS;
import static com.touchpoint.analysis.segment.Comparison.EQUALS;
import static com.touchpoint.analysis.segment.Comparison.GREATER;
import static com.touchpoint.analysis.segment.Comparison.IN;
import static com.touchpoint.analysis.segment.Comparison.IS_EMPTY;
import static com.touchpoint.analysis.segment.Comparison.IS_NOT_EMPTY;
import static com.touchpoint.analysis.segment.Comparison.LESS;
import static com.touchpoint.analysis.segment.Comparison.NOT_EQUALS;
import static com.touchpoint.analysis.segment.SegmentFixture.REFERENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every condition type on {@link SegmentFixture}'s four customers; expected members worked out by hand there. */
class SegmentEvaluatorTest {

    private final AudienceData data = SegmentFixture.audience();
    private Map<String, Segment> saved = Map.of();

    private Set<Long> members(Condition condition) {
        return members(condition, "UTC", REFERENCE);
    }

    private Set<Long> members(Condition condition, String zone, long reference) {
        Segment segment = new Segment(1, "test", "", zone, condition);
        Evaluation result = new SegmentEvaluator(data, name -> Optional.ofNullable(saved.get(name)))
                .evaluate(segment, reference, new CancellationToken());
        Set<Long> ids = new TreeSet<>();
        result.members().stream().forEach(i -> ids.add(data.customerIds()[i]));
        return ids;
    }

    private static PropertyCondition property(String name, Comparison op, String... values) {
        return PropertyCondition.of(name, op, values);
    }

    @Test
    void textPropertiesCompareByCharactersAndNotEqualKeepsCustomersWithoutTheProperty() {
        assertEquals(Set.of(1L), members(property("city", EQUALS, "上海")));
        assertEquals(Set.of(2L, 3L, 4L), members(property("city", NOT_EQUALS, "上海")));
        assertEquals(Set.of(3L), members(property("city", CONTAINS, "shang")), "contains ignores case");
        assertEquals(Set.of(1L, 2L), members(property("city", IN, "上海", "北京")));
        assertEquals(Set.of(4L), members(property("city", IS_EMPTY)));
        assertEquals(Set.of(1L, 2L, 3L), members(property("city", IS_NOT_EMPTY)));
        assertEquals(Set.of(2L, 3L, 4L), members(property("member_level", NOT_EQUALS, "gold")));
    }

    @Test
    void numberAndDatePropertiesCompareByValue() {
        assertEquals(Set.of(1L), members(property("points", GREATER, "100")));
        assertEquals(Set.of(1L), members(property("points", EQUALS, "1200.0")), "1200 = 1200.0 as numbers");
        assertEquals(Set.of(2L), members(property("points", AT_MOST, "80")));
        assertEquals(Set.of(1L, 2L), members(property("points", BETWEEN, "80", "1200")), "both ends included");
        assertEquals(Set.of(2L), members(property("birth_date", LESS, "1990-01-01")));
        assertEquals(Set.of(1L), members(property("birth_date", BETWEEN, "1990-05-01", "1990-05-01")));
    }

    @Test
    void badPropertyConditionsSayWhatToChange() {
        AnalysisException notNumber = assertThrows(AnalysisException.class,
                () -> members(property("points", GREATER, "lots")));
        assertTrue(notNumber.getMessage().contains("holds numbers; 'lots' is not one"), notNumber.getMessage());
        AnalysisException unknown = assertThrows(AnalysisException.class,
                () -> members(property("age", GREATER, "3")));
        assertTrue(unknown.getMessage().contains("no property 'age'") && unknown.getMessage().contains("city"));
        AnalysisException count = assertThrows(AnalysisException.class,
                () -> members(property("points", BETWEEN, "3")));
        assertTrue(count.getMessage().contains("takes two values"), count.getMessage());
    }

    @Test
    void relativeWindowsIncludeTheReferenceTimeAndExcludeTheirStart() {
        EventFilter purchases = EventFilter.types("purchase");
        // Last 30 days = (08-01T00:00Z, 08-31T00:00Z]: customer 1's purchases on 08-25 and at the reference,
        // customer 2's on 08-10.
        assertEquals(Set.of(1L, 2L), members(EventCondition.did(purchases, TimeWindow.last("30d"))));
        // The e-mail click lies exactly 30 days before the reference: outside 30d, inside 31d.
        EventFilter clicks = EventFilter.types("email_click");
        assertEquals(Set.of(), members(EventCondition.did(clicks, TimeWindow.last("30d"))));
        assertEquals(Set.of(1L), members(EventCondition.did(clicks, TimeWindow.last("31d"))));
        assertEquals(Set.of(1L), members(EventCondition.did(clicks, TimeWindow.last("721h"))));
        // The app purchase is at the reference time itself: inside a 1-hour window.
        assertEquals(Set.of(1L), members(EventCondition.did(EventFilter.channels("app"), TimeWindow.last("1h"))));
    }

    @Test
    void eventsAfterTheReferenceTimeDoNotCountUntilTheReferenceMoves() {
        EventFilter opens = EventFilter.types("app_open");
        assertEquals(Set.of(), members(EventCondition.did(opens, TimeWindow.ALL)));
        long latest = data.latestEventMillis();
        assertEquals(REFERENCE + 1, latest);
        assertEquals(Set.of(4L), members(EventCondition.did(opens, TimeWindow.last("1h")), "UTC", latest));
    }

    @Test
    void didNotWithACountKeepsEveryoneBelowTheCountIncludingCustomersWithoutEvents() {
        // Purchases in (07-01, 08-31]: customer 1 has 2, customer 2 has 3, customers 3 and 4 none.
        EventCondition twoPurchases = EventCondition.didNot(EventFilter.types("purchase"), TimeWindow.last("61d"))
                .counted(2, null);
        assertEquals(Set.of(3L, 4L), members(twoPurchases));
        EventCondition oneOrTwo = EventCondition.did(EventFilter.types("purchase"), TimeWindow.last("61d"))
                .counted(1, 2);
        assertEquals(Set.of(1L), members(oneOrTwo));
        EventCondition none = EventCondition.did(EventFilter.types("purchase"), TimeWindow.last("61d"))
                .counted(0, 0);
        assertEquals(Set.of(3L, 4L), members(none));
        AnalysisException backwards = assertThrows(AnalysisException.class, () -> members(oneOrTwo.counted(3, 2)));
        assertTrue(backwards.getMessage().contains("is not a range"));
    }

    @Test
    void calendarDatesAreReadInTheSegmentsTimeZone() {
        // Customer 2's page view at 2026-08-20T17:00Z is on 08-21 in Shanghai (UTC+8) but on 08-20 in UTC.
        EventCondition views21 = EventCondition.did(EventFilter.types("page_view"),
                TimeWindow.between("2026-08-21", "2026-08-21"));
        assertEquals(Set.of(2L), members(views21, "Asia/Shanghai", REFERENCE));
        assertEquals(Set.of(), members(views21, "UTC", REFERENCE));
        EventCondition views20 = EventCondition.did(EventFilter.types("page_view"),
                TimeWindow.between("2026-08-20", "2026-08-20"));
        assertEquals(Set.of(2L), members(views20, "UTC", REFERENCE));
        // A time with an offset is one instant whatever the zone; 'to' is included.
        EventCondition exact = EventCondition.did(EventFilter.types("page_view"),
                TimeWindow.between("2026-08-21T01:00:00+08:00", "2026-08-21T01:00:00+08:00"));
        assertEquals(Set.of(2L), members(exact, "Europe/Berlin", REFERENCE));
    }

    @Test
    void eventFiltersOnChannelCampaignItemAndCategory() {
        EventFilter gifts = new EventFilter(List.of("purchase"), null, null, null, List.of("gifts"));
        assertEquals(Set.of(1L), members(EventCondition.did(gifts, TimeWindow.ALL)), "SKU1013 matches SKU101*");
        EventFilter greenTea = new EventFilter(null, null, null, null, List.of("green_tea"));
        assertEquals(Set.of(1L, 2L), members(EventCondition.did(greenTea, TimeWindow.ALL)));
        EventFilter matcha = new EventFilter(null, null, null, List.of("SKU1021"), null);
        assertEquals(Set.of(2L), members(EventCondition.did(matcha, TimeWindow.ALL)));
        EventFilter brand = new EventFilter(null, null, List.of("search_brand"), null, null);
        assertEquals(Set.of(2L), members(EventCondition.did(brand, TimeWindow.ALL)));
        EventFilter webAds = new EventFilter(List.of("ad_click"), List.of("web"), null, null, null);
        assertEquals(Set.of(), members(EventCondition.did(webAds, TimeWindow.ALL)), "filters combine with AND");
        EventFilter unknown = new EventFilter(null, null, null, null, List.of("tea_sets"));
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> members(EventCondition.did(unknown, TimeWindow.ALL)));
        assertTrue(e.getMessage().contains("No item category named 'tea_sets'"), e.getMessage());
    }

    private static AggregateCondition aggregate(AggregateCondition.Measure measure, TimeWindow window,
                                                Comparison op, Double... values) {
        return new AggregateCondition(measure, EventFilter.ANY, window, op, List.of(values));
    }

    @Test
    void aggregatesCountCustomersWithoutEventsAsZero() {
        // Revenue up to the reference: customer 1 100 + 588 = 688, customer 2 50 + 70 + 30 = 150, others 0.
        assertEquals(Set.of(1L), members(aggregate(AggregateCondition.Measure.REVENUE, TimeWindow.ALL, GREATER,
                500.0)));
        assertEquals(Set.of(3L, 4L), members(aggregate(AggregateCondition.Measure.REVENUE, TimeWindow.ALL, LESS,
                100.0)));
        assertEquals(Set.of(2L), members(aggregate(AggregateCondition.Measure.ORDERS, TimeWindow.ALL, AT_LEAST,
                3.0)));
        // Channels: customer 1 e-mail, web, app (3); customer 2 search, web (2).
        assertEquals(Set.of(2L), members(aggregate(AggregateCondition.Measure.DISTINCT_CHANNELS, TimeWindow.ALL,
                EQUALS, 2.0)));
        assertEquals(Set.of(2L), members(aggregate(AggregateCondition.Measure.EVENTS, TimeWindow.ALL, AT_LEAST,
                5.0)));
        assertEquals(Set.of(1L, 2L), members(aggregate(AggregateCondition.Measure.DISTINCT_ITEMS, TimeWindow.ALL,
                AT_LEAST, 2.0)));
        // Campaigns: customer 1's e-mail (edm) sits exactly 30 days back, so outside the last 30 days.
        assertEquals(Set.of(1L, 2L), members(aggregate(AggregateCondition.Measure.DISTINCT_CAMPAIGNS,
                TimeWindow.ALL, AT_LEAST, 1.0)));
        assertEquals(Set.of(1L, 2L, 3L, 4L), members(aggregate(AggregateCondition.Measure.DISTINCT_CAMPAIGNS,
                TimeWindow.last("30d"), EQUALS, 0.0)));
        AnalysisException text = assertThrows(AnalysisException.class, () -> members(
                aggregate(AggregateCondition.Measure.REVENUE, TimeWindow.ALL, CONTAINS, 1.0)));
        assertTrue(text.getMessage().contains("not contains"), text.getMessage());
    }

    @Test
    void tagRfmAndClusterConditionsReadTheComputedResults() {
        AudienceData computed = data
                .withTags(new TagWeights(new TagSettings(null, null, null), REFERENCE,
                        Map.of("tea", new double[]{2.5, 0.4, 0, 0})))
                .withRfm(new RfmScores(RfmSettings.DEFAULT, REFERENCE, new double[4], new double[4], new double[4],
                        new byte[]{5, 2, 0, 0}, new byte[]{4, 5, 0, 0}, new byte[]{3, 3, 0, 0}, new double[3][4]))
                .withClustering(new Clustering("value", List.of("monetary"), 2, 1, new int[]{1, 2, 2, 0},
                        new double[2][1]));
        SegmentEvaluator evaluator = new SegmentEvaluator(computed, name -> Optional.empty());
        java.util.function.Function<Condition, Set<Long>> run = c -> {
            Set<Long> ids = new TreeSet<>();
            evaluator.evaluate(Segment.of("t", c), REFERENCE, new CancellationToken()).members().stream()
                    .forEach(i -> ids.add(computed.customerIds()[i]));
            return ids;
        };
        assertEquals(Set.of(1L), run.apply(new TagCondition("tea", AT_LEAST, List.of(0.5))));
        assertEquals(Set.of(2L, 3L, 4L), run.apply(new TagCondition("tea", LESS, List.of(0.5))),
                "customers without the tag weigh 0");
        // R5 F4 is a champion, R2 F5 one we can't lose; unscored customers are in no group.
        assertEquals(Set.of(1L), run.apply(new RfmCondition(List.of("champions"))));
        assertEquals(Set.of(2L), run.apply(new RfmCondition(List.of("at_risk", "cant_lose"))));
        assertEquals(Set.of(2L, 3L), run.apply(new ClusterCondition("value", List.of(2))));
        assertTrue(assertThrows(AnalysisException.class, () -> run.apply(new TagCondition("coffee", AT_LEAST,
                List.of(1.0)))).getMessage().contains("no tag 'coffee'"));
        assertTrue(assertThrows(AnalysisException.class, () -> run.apply(new RfmCondition(List.of("vip"))))
                .getMessage().contains("no RFM group 'vip'"));
        assertTrue(assertThrows(AnalysisException.class, () -> run.apply(new ClusterCondition("value",
                List.of(3)))).getMessage().contains("no cluster 3"));
        assertTrue(assertThrows(AnalysisException.class, () -> members(new RfmCondition(List.of("champions"))))
                .getMessage().contains("compute RFM first"));
    }

    @Test
    void segmentReferencesAreEvaluatedAndCyclesRefused() {
        saved = Map.of(
                "buyers", Segment.of("buyers", EventCondition.did(EventFilter.types("purchase"), TimeWindow.ALL)),
                "a", Segment.of("a", Group.and(new SegmentReference("b"))),
                "b", Segment.of("b", Group.or(new SegmentReference("buyers"), new SegmentReference("a"))));
        assertEquals(Set.of(3L, 4L), members(new Not(new SegmentReference("buyers"))));
        AnalysisException missing = assertThrows(AnalysisException.class,
                () -> members(new SegmentReference("vips")));
        assertTrue(missing.getMessage().contains("'vips' that is not saved"), missing.getMessage());
        AnalysisException cycle = assertThrows(AnalysisException.class,
                () -> new SegmentEvaluator(data, name -> Optional.ofNullable(saved.get(name)))
                        .compile(saved.get("a"), REFERENCE));
        assertTrue(cycle.getMessage().contains("'a' → 'b' → 'a'"), cycle.getMessage());
    }

    @Test
    void emptyGroupsKeepEveryoneOrNoOne() {
        assertEquals(Set.of(1L, 2L, 3L, 4L), members(Group.and()));
        assertEquals(Set.of(), members(Group.or()));
        assertEquals(Set.of(), members(new Not(Group.and())));
        assertEquals(Set.of(1L, 2L), members(Group.and(Group.and(), property("city", IN, "上海", "北京"))),
                "an empty AND inside an AND changes nothing");
        assertEquals(Set.of(), members(Group.and(Group.or(), property("city", IN, "上海", "北京"))),
                "an empty OR inside an AND keeps no one");
    }

    @Test
    void eachConditionCountsOnItsOwnAndTheGroupShowsTheFunnel() {
        Group root = Group.and(property("city", IS_NOT_EMPTY),
                EventCondition.did(EventFilter.types("purchase"), TimeWindow.ALL),
                new Not(property("points", GREATER, "100")));
        Evaluation result = new SegmentEvaluator(data, n -> Optional.empty())
                .evaluate(Segment.of("funnel", root), REFERENCE, new CancellationToken());
        // Own counts: {1,2,3}, {1,2}, not {1} = {2,3,4}; funnel: 3, {1,2} = 2, {2} = 1.
        assertEquals(3, result.ownCount(ConditionPath.of(0)));
        assertEquals(2, result.ownCount(ConditionPath.of(1)));
        assertEquals(3, result.ownCount(ConditionPath.of(2)));
        assertEquals(1, result.ownCount(ConditionPath.of(2, 0)), "inside the NOT: points > 100 keeps customer 1");
        assertEquals(List.of(3, 2, 1), result.funnel(ConditionPath.ROOT));
        assertEquals(1, result.size());
        assertEquals(1, result.ownCount(ConditionPath.ROOT));
    }

    @Test
    void aCancelledTokenStopsTheEvaluation() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        SegmentEvaluator.CompiledSegment compiled = new SegmentEvaluator(data, n -> Optional.empty())
                .compile(Segment.of("x", property("city", IS_EMPTY)), REFERENCE);
        assertThrows(CancellationException.class, () -> compiled.evaluate(token));
    }
}
