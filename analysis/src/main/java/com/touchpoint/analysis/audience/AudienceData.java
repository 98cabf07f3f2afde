package com.touchpoint.analysis.audience;

import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.tags.TagWeights;
import com.touchpoint.datasources.customers.CustomerAttributes;
import com.touchpoint.datasources.events.EventColumns;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything segments, tags, RFM and clusters read, in memory, for one project: every customer (with or without
 * events) by index 0..size-1 in ascending global id, the events of customer {@code c} at
 * {@code [firstEvent(c), endEvent(c))} of {@link #events()} in time order, the customers' properties, the item
 * categories, and the computed tags, RFM scores and clusterings. Immutable: load it once per project, replace it
 * after an import, and derive copies with new results through the {@code with…} methods.
 */
public final class AudienceData {

    private final long[] customerIds;
    private final int[] eventStart;
    private final EventColumns events;
    private final CustomerAttributes attributes;
    private final ItemCategories categories;
    private final long latestEventMillis;
    private final TagWeights tags;
    private final RfmScores rfm;
    private final Map<String, Clustering> clusterings;

    private AudienceData(long[] customerIds, int[] eventStart, EventColumns events, CustomerAttributes attributes,
                         ItemCategories categories, long latestEventMillis, TagWeights tags, RfmScores rfm,
                         Map<String, Clustering> clusterings) {
        this.customerIds = customerIds;
        this.eventStart = eventStart;
        this.events = events;
        this.attributes = attributes;
        this.categories = categories;
        this.latestEventMillis = latestEventMillis;
        this.tags = tags;
        this.rfm = rfm;
        this.clusterings = clusterings;
    }

    /** The customers are those of {@code attributes} and of {@code events} together. */
    public static AudienceData of(EventColumns events, CustomerAttributes attributes, ItemCategories categories) {
        long[] ids = union(attributes.globalIds(), events.customerIds());
        int[] start = new int[ids.length + 1];
        long[] withEvents = events.customerIds();
        int e = 0;
        for (int c = 0; c < ids.length; c++) {
            start[c] = events.customerStart()[e];
            if (e < withEvents.length && withEvents[e] == ids[c]) {
                e++;
            }
        }
        start[ids.length] = events.size();
        return new AudienceData(ids, start, events, attributes.alignTo(ids), categories, events.latestMillis(),
                null, null, Map.of());
    }

    private static long[] union(long[] a, long[] b) {
        long[] all = new long[a.length + b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            long next = j == b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            all[n++] = next;
        }
        return Arrays.copyOf(all, n);
    }

    public int size() {
        return customerIds.length;
    }

    /** The global ids of the customers by index, ascending; do not modify. */
    public long[] customerIds() {
        return customerIds;
    }

    /** The index of a customer, or -1 when the project has no such customer. */
    public int indexOf(long globalId) {
        int found = Arrays.binarySearch(customerIds, globalId);
        return found >= 0 ? found : -1;
    }

    public EventColumns events() {
        return events;
    }

    public int firstEvent(int customer) {
        return eventStart[customer];
    }

    public int endEvent(int customer) {
        return eventStart[customer + 1];
    }

    public CustomerAttributes attributes() {
        return attributes;
    }

    public ItemCategories categories() {
        return categories;
    }

    /** The latest event time, or Long.MIN_VALUE when the project has no events. */
    public long latestEventMillis() {
        return latestEventMillis;
    }

    public Optional<TagWeights> tags() {
        return Optional.ofNullable(tags);
    }

    public Optional<RfmScores> rfm() {
        return Optional.ofNullable(rfm);
    }

    /** Saved clusterings by name. */
    public Map<String, Clustering> clusterings() {
        return clusterings;
    }

    public AudienceData withTags(TagWeights newTags) {
        return new AudienceData(customerIds, eventStart, events, attributes, categories, latestEventMillis, newTags,
                rfm, clusterings);
    }

    public AudienceData withRfm(RfmScores newRfm) {
        return new AudienceData(customerIds, eventStart, events, attributes, categories, latestEventMillis, tags,
                newRfm, clusterings);
    }

    /** A copy with {@code clustering} added, replacing one of the same name. */
    public AudienceData withClustering(Clustering clustering) {
        Map<String, Clustering> all = new LinkedHashMap<>(clusterings);
        all.put(clustering.name(), clustering);
        return new AudienceData(customerIds, eventStart, events, attributes, categories, latestEventMillis, tags,
                rfm, Collections.unmodifiableMap(all));
    }

    public AudienceData withCategories(ItemCategories newCategories) {
        return new AudienceData(customerIds, eventStart, events, attributes, newCategories, latestEventMillis, tags,
                rfm, clusterings);
    }

    /**
     * Values stored for customers {@code ids} (ascending), placed at this audience's indices; customers without a
     * stored value get {@code missing}.
     */
    public double[] align(long[] ids, double[] values, double missing) {
        double[] aligned = new double[size()];
        if (Arrays.equals(ids, customerIds)) {
            System.arraycopy(values, 0, aligned, 0, values.length);
            return aligned;
        }
        Arrays.fill(aligned, missing);
        for (int i = 0; i < ids.length; i++) {
            int index = indexOf(ids[i]);
            if (index >= 0) {
                aligned[index] = values[i];
            }
        }
        return aligned;
    }
}
