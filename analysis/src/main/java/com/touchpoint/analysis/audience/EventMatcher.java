package com.touchpoint.analysis.audience;

import com.touchpoint.datasources.events.Dictionary;
import com.touchpoint.datasources.events.EventColumns;

import java.util.List;

/**
 * An {@link EventFilter} compiled to one lookup table per restricted column, indexed by dictionary code, so
 * testing an event is a few array reads. A null table means the column is not restricted.
 */
public final class EventMatcher {

    private final int[] typeCodes;
    private final int[] channelCodes;
    private final int[] campaignCodes;
    private final int[] itemCodes;
    private final boolean[] types;
    private final boolean[] channels;
    private final boolean[] campaigns;
    private final boolean[] items;

    private EventMatcher(EventColumns events, boolean[] types, boolean[] channels, boolean[] campaigns,
                         boolean[] items) {
        this.typeCodes = events.eventTypes();
        this.channelCodes = events.channels();
        this.campaignCodes = events.campaigns();
        this.itemCodes = events.items();
        this.types = types;
        this.channels = channels;
        this.campaigns = campaigns;
        this.items = items;
    }

    static EventMatcher of(EventFilter filter, AudienceData data) {
        EventColumns events = data.events();
        boolean[] items = null;
        if (!filter.items().isEmpty() || !filter.categories().isEmpty()) {
            items = new boolean[events.itemDictionary().size()];
            ItemCategories.mark(events.itemDictionary(), filter.items(), items);
            for (String category : filter.categories()) {
                List<String> patterns = data.categories().items(category).orElseThrow(() ->
                        new AnalysisException("No item category named '" + category + "'; the project has "
                                + data.categories().itemsByCategory().keySet() + ". Define it, or pick one of those."));
                ItemCategories.mark(events.itemDictionary(), patterns, items);
            }
        }
        return new EventMatcher(events, table(events.eventTypeDictionary(), filter.types()),
                table(events.channelDictionary(), filter.channels()),
                table(events.campaignDictionary(), filter.campaigns()), items);
    }

    private static boolean[] table(Dictionary dictionary, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        boolean[] accepted = new boolean[dictionary.size()];
        for (String value : values) {
            int code = dictionary.codeOf(value);
            if (code > 0) {
                accepted[code] = true;
            }
        }
        return accepted;
    }

    /** Whether event {@code i} (an index into the event columns) passes the filter. */
    public boolean test(int i) {
        return (types == null || types[typeCodes[i]])
                && (channels == null || channels[channelCodes[i]])
                && (campaigns == null || campaigns[campaignCodes[i]])
                && (items == null || items[itemCodes[i]]);
    }

    /** Whether every event passes, so counting needs no test per event. */
    public boolean acceptsAll() {
        return types == null && channels == null && campaigns == null && items == null;
    }
}
