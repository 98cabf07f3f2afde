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
                IntSort.sort(order, start[c], start[c + 1], (x, y) -> Long.compare(times[x], times[y]));
            }
            return new EventColumns(permute(globalIds, order), permute(times, order), permute(channels, order),
                    permute(types, order), permute(campaigns, order), permute(items, order),
                    permute(revenue, order), customerIds, start, channelDictionary, typeDictionary,
                    campaignDictionary, itemDictionary);
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
