package com.touchpoint.analysis.audience;

import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.datasources.customers.AttributeColumn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the customer view shows beside the events: the properties, the tags with weights (heaviest first, zero
 * weights left out), the RFM values, scores and group, and the cluster in each saved clustering.
 *
 * @param rfm null when RFM was not computed or the customer had no orders in its window
 */
public record CustomerProfile(long globalId, Map<String, String> properties, List<TagWeight> tags, Rfm rfm,
                              Map<String, Integer> clusters) {

    /** One tag's weight. */
    public record TagWeight(String tag, double weight) {
    }

    /** RFM values and scores; group null when no group covers the scores. */
    public record Rfm(double recencyDays, double frequency, double monetary, int r, int f, int m, RfmGroup group) {
    }

    /** @throws AnalysisException when the project has no such customer */
    public static CustomerProfile of(AudienceData data, long globalId) {
        int c = data.indexOf(globalId);
        if (c < 0) {
            throw new AnalysisException("The project has no customer with global id " + globalId + ".");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (AttributeColumn column : data.attributes().columns()) {
            if (column.value(c) != null) {
                properties.put(column.name(), column.value(c));
            }
        }
        List<TagWeight> tags = new ArrayList<>();
        data.tags().ifPresent(t -> t.weights().forEach((tag, weights) -> {
            if (weights[c] != 0) {
                tags.add(new TagWeight(tag, weights[c]));
            }
        }));
        tags.sort(Comparator.comparingDouble(TagWeight::weight).reversed());
        Rfm rfm = data.rfm().filter(s -> s.scored(c)).map(s -> rfm(s, c)).orElse(null);
        Map<String, Integer> clusters = new LinkedHashMap<>();
        for (Clustering clustering : data.clusterings().values()) {
            clusters.put(clustering.name(), clustering.clusterOf(c));
        }
        return new CustomerProfile(globalId, properties, List.copyOf(tags), rfm, clusters);
    }

    private static Rfm rfm(RfmScores s, int c) {
        return new Rfm(s.recencyDays()[c], s.frequency()[c], s.monetary()[c], s.r()[c], s.f()[c], s.m()[c],
                s.group(c));
    }
}
