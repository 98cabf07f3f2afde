package com.touchpoint.datasources.events;

import java.util.Arrays;

/**
 * Builds {@link EventColumns} from events given one by one in customer then time order, for synthetic audiences
 * in tests and benchmarks (the project's own events come from {@link EventColumnsRepository}).
 */
public final class EventColumnsBuilder {

    private long[] globalIds = new long[1024];
    private long[] times = new long[1024];
    private int[] channels = new int[1024];
    private int[] types = new int[1024];
    private int[] campaigns = new int[1024];
    private int[] items = new int[1024];
    private double[] revenue = new double[1024];
    private final Dictionary channelDictionary = new Dictionary();
    private final Dictionary typeDictionary = new Dictionary();
    private final Dictionary campaignDictionary = new Dictionary();
    private final Dictionary itemDictionary = new Dictionary();
    private int size;

    /**
     * Adds an event; null text values are "none", NaN revenue is "no revenue".
     *
     * @throws IllegalArgumentException when the event comes before the previous one in customer then time order
     */
    public EventColumnsBuilder add(long globalId, long timeMillis, String channel, String type, String campaign,
                                   String item, double eventRevenue) {
        if (size > 0 && (globalId < globalIds[size - 1]
                || globalId == globalIds[size - 1] && timeMillis < times[size - 1])) {
            throw new IllegalArgumentException("events must be added by customer, then time; event " + size
                    + " (customer " + globalId + ", time " + timeMillis + ") comes too late");
        }
        if (size == globalIds.length) {
            grow();
        }
        globalIds[size] = globalId;
        times[size] = timeMillis;
        channels[size] = channelDictionary.code(channel);
        types[size] = typeDictionary.code(type);
        campaigns[size] = campaignDictionary.code(campaign);
        items[size] = itemDictionary.code(item);
        revenue[size] = eventRevenue;
        size++;
        return this;
    }

    private void grow() {
        int capacity = globalIds.length * 2;
        globalIds = Arrays.copyOf(globalIds, capacity);
        times = Arrays.copyOf(times, capacity);
        channels = Arrays.copyOf(channels, capacity);
        types = Arrays.copyOf(types, capacity);
        campaigns = Arrays.copyOf(campaigns, capacity);
        items = Arrays.copyOf(items, capacity);
        revenue = Arrays.copyOf(revenue, capacity);
    }

    public EventColumns build() {
        long[] ids = Arrays.copyOf(globalIds, size);
        long[] customers = Arrays.stream(ids).distinct().toArray();
        int[] start = new int[customers.length + 1];
        int customer = -1;
        for (int i = 0; i < size; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                start[++customer] = i;
            }
        }
        start[customers.length] = size;
        return new EventColumns(ids, Arrays.copyOf(times, size), Arrays.copyOf(channels, size),
                Arrays.copyOf(types, size), Arrays.copyOf(campaigns, size), Arrays.copyOf(items, size),
                Arrays.copyOf(revenue, size), customers, start, channelDictionary, typeDictionary,
                campaignDictionary, itemDictionary);
    }
}
