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

    IntSort.IntComparator comparator(String column, boolean descending, int[] selected) {
        return switch (column.toLowerCase()) {
            case "event_time" -> byKey(i -> stored.timesMicros[i], descending);
            case "global_id" -> byKey(i -> stored.globalIds[i], descending);
            case "revenue" -> byKey(i -> stored.revenueUnits[i], descending);
            case "batch_id" -> byKey(i -> stored.blockBatchIds[stored.blockOf(i)], descending);
            case "channel" -> byCode(CoreText.CHANNEL, descending);
            case "event_type" -> byCode(CoreText.EVENT_TYPE, descending);
            case "campaign" -> byCode(CoreText.CAMPAIGN, descending);
            case "item" -> byCode(CoreText.ITEM, descending);
            case "source_user_id" -> bySourceUserId(descending);
            case "order_id" -> byDetail(EventBrowser.ORDER_ID, selected, descending);
            default -> throw new IllegalArgumentException("Events cannot be sorted by " + column);
        };
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

    private IntSort.IntComparator byCode(CoreText column, boolean descending) {
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
        return byKey(i -> rank[codes[i]], descending);
    }

    private IntSort.IntComparator bySourceUserId(boolean descending) {
        long[] rank = stored.identifiers.ranksByValue();
        return byKey(i -> rank[stored.identifierIndexes[i]], descending);
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
