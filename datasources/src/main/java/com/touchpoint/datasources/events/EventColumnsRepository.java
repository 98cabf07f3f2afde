package com.touchpoint.datasources.events;

import com.touchpoint.datasources.store.ProjectStore;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Loads the project's events into {@link EventColumns}: the stored blocks decoded in storage order, then a sort by
 * customer (a counting sort over customer ranks) and by time within each customer.
 */
public final class EventColumnsRepository {

    private final ProjectStore store;

    public EventColumnsRepository(ProjectStore store) {
        this.store = store;
    }

    /** @param progress receives the number of events read so far, after each block of events */
    public EventColumns load(LongConsumer progress) {
        return new Scan(StoredEvents.read(store, progress)).sorted();
    }

    /** Stored events, sorted by customer, then time. */
    private static final class Scan {
        final long[] globalIds;
        final long[] times;
        final int[] channels;
        final int[] types;
        final int[] campaigns;
        final int[] items;
        final double[] revenue;
        final Dictionary channelDictionary;
        final Dictionary typeDictionary;
        final Dictionary campaignDictionary;
        final Dictionary itemDictionary;
        final int size;

        Scan(StoredEvents events) {
            size = events.size;
            globalIds = new long[size];
            Arrays.setAll(globalIds, events::globalId);
            times = new long[size];
            revenue = new double[size];
            for (int i = 0; i < size; i++) {
                times[i] = Math.floorDiv(events.timesMicros[i], 1000L);
                revenue[i] = EventBlockCodec.revenueValue(events.revenueUnits[i]);
            }
            channels = events.codes[CoreText.CHANNEL.ordinal()];
            types = events.codes[CoreText.EVENT_TYPE.ordinal()];
            campaigns = events.codes[CoreText.CAMPAIGN.ordinal()];
            items = events.codes[CoreText.ITEM.ordinal()];
            channelDictionary = events.dictionaries[CoreText.CHANNEL.ordinal()];
            typeDictionary = events.dictionaries[CoreText.EVENT_TYPE.ordinal()];
            campaignDictionary = events.dictionaries[CoreText.CAMPAIGN.ordinal()];
            itemDictionary = events.dictionaries[CoreText.ITEM.ordinal()];
        }

        EventColumns sorted() {
            long[] customerIds = LongIndex.distinctSorted(globalIds, size);
            LongIndex customers = new LongIndex(customerIds, customerIds.length);
            int[] start = new int[customerIds.length + 1];
            int[] rank = new int[size];
            for (int i = 0; i < size; i++) {
                rank[i] = customers.indexOf(globalIds[i]);
                start[rank[i] + 1]++;
            }
            for (int c = 0; c < customerIds.length; c++) {
                start[c + 1] += start[c];
            }
            int[] order = new int[size];
            int[] next = Arrays.copyOf(start, customerIds.length);
            for (int i = 0; i < size; i++) {
                order[next[rank[i]]++] = i;
            }
            for (int c = 0; c < customerIds.length; c++) {
                sortByTime(order, start[c], start[c + 1]);
            }
            return new EventColumns(permute(globalIds, order), permute(times, order), permute(channels, order),
                    permute(types, order), permute(campaigns, order), permute(items, order),
                    permute(revenue, order), customerIds, start, channelDictionary, typeDictionary,
                    campaignDictionary, itemDictionary);
        }

        /**
         * Sorts a customer's events by time: insertion sort for the usual few events, mostly in order already; a
         * packed-key sort (time offset in the high bits, position in the low 24) for customers with many.
         */
        private void sortByTime(int[] order, int from, int to) {
            if (to - from > 64 && to - from < (1 << 24)) {
                sortManyByTime(order, from, to);
                return;
            }
            for (int i = from + 1; i < to; i++) {
                int event = order[i];
                long time = times[event];
                int j = i - 1;
                while (j >= from && times[order[j]] > time) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = event;
            }
        }

        private void sortManyByTime(int[] order, int from, int to) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = from; i < to; i++) {
                min = Math.min(min, times[order[i]]);
                max = Math.max(max, times[order[i]]);
            }
            if (max - min >= (1L << 39)) {
                Integer[] boxed = Arrays.stream(order, from, to).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, (a, b) -> Long.compare(times[a], times[b]));
                for (int i = from; i < to; i++) {
                    order[i] = boxed[i - from];
                }
                return;
            }
            long[] keys = new long[to - from];
            for (int i = from; i < to; i++) {
                keys[i - from] = (times[order[i]] - min) << 24 | (i - from);
            }
            Arrays.sort(keys);
            int[] original = Arrays.copyOfRange(order, from, to);
            for (int k = 0; k < keys.length; k++) {
                order[from + k] = original[(int) (keys[k] & 0xFFFFFF)];
            }
        }

        private static long[] permute(long[] column, int[] order) {
            long[] sorted = new long[order.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = column[order[i]];
            }
            return sorted;
        }

        private static int[] permute(int[] column, int[] order) {
            int[] sorted = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = column[order[i]];
            }
            return sorted;
        }

        private static double[] permute(double[] column, int[] order) {
            double[] sorted = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = column[order[i]];
            }
            return sorted;
        }
    }
}
