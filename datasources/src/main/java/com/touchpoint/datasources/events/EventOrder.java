package com.touchpoint.datasources.events;

import java.util.Arrays;

/**
 * How the data browser sorts stored events by a column: missing values last in either direction. Properties are not
 * sortable: sorting millions of JSON texts would need them all in memory, and their order means little.
 */
final class EventOrder {

    /** An event's order id ({@link EventBrowser#ORDER_ID}) by position. */
    interface Details {
        String detail(int position, int which);
    }

    private static final long MISSING = Long.MIN_VALUE;

    private interface Key {
        long of(int position);
    }

    private final StoredEvents stored;
    private final Details details;

    EventOrder(StoredEvents stored, Details details) {
        this.stored = stored;
        this.details = details;
    }

    /** Sorts positions of stored events by a column. */
    void sort(int[] positions, String column, boolean descending) {
        switch (column.toLowerCase()) {
            case "event_time" -> IntSort.sort(positions, byKey(i -> stored.timesMicros[i], descending));
            case "global_id" -> IntSort.sort(positions, byKey(stored::globalId, descending));
            case "revenue" -> IntSort.sort(positions, byKey(i -> stored.revenueUnits[i], descending));
            case "batch_id" -> IntSort.sort(positions, byKey(i -> stored.blockBatchIds[stored.blockOf(i)],
                    descending));
            case "channel" -> sortByRank(positions, codeRanks(CoreText.CHANNEL), descending);
            case "event_type" -> sortByRank(positions, codeRanks(CoreText.EVENT_TYPE), descending);
            case "campaign" -> sortByRank(positions, codeRanks(CoreText.CAMPAIGN), descending);
            case "item" -> sortByRank(positions, codeRanks(CoreText.ITEM), descending);
            case "source_user_id" -> {
                long[] rank = stored.identifiers.ranksByValue();
                sortByRank(positions, i -> rank[stored.identifierIndexes[i]], descending);
            }
            case "order_id" -> IntSort.sort(positions, byDetail(EventBrowser.ORDER_ID, positions, descending));
            default -> throw new IllegalArgumentException("Events cannot be sorted by " + column);
        }
    }

    /**
     * Sorts by a rank below 2^31 (or {@link #MISSING}) with one primitive sort of (rank, position) packed into a long,
     * which is several times faster than comparing positions through a comparator; ties stay in storage order.
     */
    private static void sortByRank(int[] positions, Key rank, boolean descending) {
        long[] keys = new long[positions.length];
        for (int k = 0; k < positions.length; k++) {
            long r = rank.of(positions[k]);
            long key = r == MISSING ? Integer.MAX_VALUE : descending ? Integer.MAX_VALUE - 1 - r : r;
            keys[k] = key << 32 | positions[k];
        }
        Arrays.sort(keys);
        for (int k = 0; k < keys.length; k++) {
            positions[k] = (int) keys[k];
        }
    }

    private static IntSort.IntComparator byKey(Key key, boolean descending) {
        return (a, b) -> {
            long x = key.of(a);
            long y = key.of(b);
            if (x == MISSING || y == MISSING) {
                return Boolean.compare(x == MISSING, y == MISSING);
            }
            int c = Long.compare(x, y);
            return descending ? -c : c;
        };
    }

    /** Each code's rank by value; {@link #MISSING} for "no value". */
    private Key codeRanks(CoreText column) {
        Dictionary dictionary = stored.dictionaries[column.ordinal()];
        int[] byValue = new int[dictionary.size() - 1];
        Arrays.setAll(byValue, k -> k + 1);
        IntSort.sort(byValue, (a, b) -> dictionary.value(a).compareTo(dictionary.value(b)));
        long[] rank = new long[dictionary.size()];
        rank[Dictionary.NONE] = MISSING;
        for (int r = 0; r < byValue.length; r++) {
            rank[byValue[r]] = r;
        }
        int[] codes = stored.codes[column.ordinal()];
        return i -> rank[codes[i]];
    }

    private IntSort.IntComparator byDetail(int which, int[] selected, boolean descending) {
        String[] values = new String[stored.size];
        for (int position : selected) {
            values[position] = details.detail(position, which);
        }
        return (a, b) -> {
            String x = values[a];
            String y = values[b];
            if (x == null || y == null) {
                return Boolean.compare(x == null, y == null);
            }
            int c = x.compareTo(y);
            return descending ? -c : c;
        };
    }
}
