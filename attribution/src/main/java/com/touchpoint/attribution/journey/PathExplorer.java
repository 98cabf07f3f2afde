package com.touchpoint.attribution.journey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The most frequent channel paths (touch times ignored, repeated touches kept) and how they convert. */
public final class PathExplorer {
    private PathExplorer() {
    }

    /**
     * Columns: path, touches, journeys, conversions, non-conversions, conversion rate, value. Sorted by journeys,
     * then conversions (both descending), then channel order; at most {@code limit} rows.
     */
    public static Table topPaths(JourneySet journeys, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("Ask for at least one path; got " + limit);
        }
        Map<PathKey, PathTotals> byPath = new HashMap<>();
        for (Journey journey : journeys.journeys()) {
            PathTotals totals = byPath.computeIfAbsent(new PathKey(journey.channelsShared()),
                    key -> new PathTotals(journey));
            if (journey.converted()) {
                totals.conversions += journey.count();
                totals.value += journey.value();
            } else {
                totals.nonConversions += journey.count();
            }
        }
        Comparator<PathTotals> mostFrequentFirst = Comparator.comparingDouble((PathTotals totals) -> -totals.journeys())
                .thenComparingDouble(totals -> -totals.conversions)
                .thenComparing((a, b) -> Arrays.compare(a.example.channelsShared(), b.example.channelsShared()));
        PriorityQueue<PathTotals> kept = new PriorityQueue<>(mostFrequentFirst.reversed());
        for (PathTotals totals : byPath.values()) {
            kept.add(totals);
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        List<PathTotals> rows = new ArrayList<>(kept);
        rows.sort(mostFrequentFirst);
        StringColumn path = StringColumn.create("path");
        IntColumn touches = IntColumn.create("touches");
        DoubleColumn journeyCount = DoubleColumn.create("journeys");
        DoubleColumn conversions = DoubleColumn.create("conversions");
        DoubleColumn nonConversions = DoubleColumn.create("non-conversions");
        DoubleColumn rate = DoubleColumn.create("conversion rate");
        DoubleColumn value = DoubleColumn.create("value");
        for (PathTotals totals : rows) {
            path.append(journeys.pathText(totals.example));
            touches.append(totals.example.length());
            journeyCount.append(totals.journeys());
            conversions.append(totals.conversions);
            nonConversions.append(totals.nonConversions);
            rate.append(totals.conversions / totals.journeys());
            value.append(totals.value);
        }
        return Table.create("Top paths", path, touches, journeyCount, conversions, nonConversions, rate, value);
    }

    private record PathKey(int[] channels) {
        @Override
        public boolean equals(Object other) {
            return other instanceof PathKey key && Arrays.equals(channels, key.channels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(channels);
        }
    }

    private static final class PathTotals {
        private final Journey example;
        private double conversions;
        private double nonConversions;
        private double value;

        private PathTotals(Journey example) {
            this.example = example;
        }

        private double journeys() {
            return conversions + nonConversions;
        }
    }
}
