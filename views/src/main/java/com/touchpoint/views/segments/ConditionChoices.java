package com.touchpoint.views.segments;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.rfm.RfmSettings;
import com.touchpoint.datasources.customers.AttributeColumn;
import com.touchpoint.datasources.customers.AttributeKind;
import com.touchpoint.datasources.events.Dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the condition editors offer to pick from, read off the loaded audience: the customer properties (with their
 * values when there are few enough to list), event types, channels, campaigns, items, item categories, computed
 * tags, RFM groups (whether RFM was computed, and the groups' names), saved clusterings and the saved segments.
 *
 * @param clusterings the saved clusterings' names and their number of clusters
 */
public record ConditionChoices(List<Attribute> attributes, List<String> eventTypes, List<String> channels,
                               List<String> campaigns, List<String> items, List<String> categories, List<String> tags,
                               boolean rfmComputed, List<RfmGroup> rfmGroups, Map<String, Integer> clusterings,
                               List<String> segments) {

    /** More distinct values than this are not listed: the analyst types the value. */
    static final int MAX_LISTED_VALUES = 1_000;

    /** Nothing to pick from yet: the audience is still loading. */
    public static final ConditionChoices NONE = new ConditionChoices(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), false, RfmSettings.DEFAULT_GROUPS, Map.of(), List.of());

    /** A customer property: its name, what kind of values it holds, and its values when few enough to list. */
    public record Attribute(String name, AttributeKind kind, List<String> values) {
    }

    public ConditionChoices {
        attributes = List.copyOf(attributes);
        eventTypes = List.copyOf(eventTypes);
        channels = List.copyOf(channels);
        campaigns = List.copyOf(campaigns);
        items = List.copyOf(items);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        rfmGroups = List.copyOf(rfmGroups);
        clusterings = Map.copyOf(clusterings);
        segments = List.copyOf(segments);
    }

    public static ConditionChoices of(AudienceData data, List<String> segmentNames) {
        List<Attribute> attributes = new ArrayList<>();
        for (AttributeColumn column : data.attributes().columns()) {
            List<String> values = column.values().size() - 1 <= MAX_LISTED_VALUES
                    ? sorted(column.values().subList(1, column.values().size())) : List.of();
            attributes.add(new Attribute(column.name(), column.kind(), values));
        }
        Map<String, Integer> clusterings = new LinkedHashMap<>();
        data.clusterings().forEach((name, clustering) -> clusterings.put(name, clustering.k()));
        return new ConditionChoices(attributes, sorted(data.events().eventTypeDictionary()),
                sorted(data.events().channelDictionary()), sorted(data.events().campaignDictionary()),
                data.events().itemDictionary().size() - 1 <= MAX_LISTED_VALUES
                        ? sorted(data.events().itemDictionary()) : List.of(),
                List.copyOf(data.categories().itemsByCategory().keySet()),
                data.tags().map(tags -> List.copyOf(tags.weights().keySet())).orElse(List.of()),
                data.rfm().isPresent(), data.rfm().map(RfmScores::settings).orElse(RfmSettings.DEFAULT).groups(), clusterings,
                segmentNames);
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The display name of an RFM group key, or the key when no group has it. */
    public String rfmName(String key) {
        return rfmGroups.stream().filter(g -> g.key().equals(key)).map(RfmGroup::name).findFirst().orElse(key);
    }

    private static List<String> sorted(Dictionary dictionary) {
        return sorted(dictionary.values());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
