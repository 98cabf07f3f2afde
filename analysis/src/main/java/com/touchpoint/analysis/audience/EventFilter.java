package com.touchpoint.analysis.audience;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Which events count: each non-empty list restricts the events to those with one of its values (an empty list
 * means any). {@code items} and {@code categories} together give one set of items: the listed item codes (a trailing
 * {@code *} matches a prefix) and the items of the named {@link ItemCategories}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EventFilter(List<String> types, List<String> channels, List<String> campaigns, List<String> items,
                          List<String> categories) {

    public static final EventFilter ANY = new EventFilter(null, null, null, null, null);

    public EventFilter {
        types = types == null ? List.of() : List.copyOf(types);
        channels = channels == null ? List.of() : List.copyOf(channels);
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
        items = items == null ? List.of() : List.copyOf(items);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static EventFilter types(String... types) {
        return new EventFilter(List.of(types), null, null, null, null);
    }

    public static EventFilter channels(String... channels) {
        return new EventFilter(null, List.of(channels), null, null, null);
    }

    @JsonIgnore
    public boolean isAny() {
        return types.isEmpty() && channels.isEmpty() && campaigns.isEmpty() && items.isEmpty()
                && categories.isEmpty();
    }

    /** This filter as lookup tables over the event dictionaries of {@code data}. */
    public EventMatcher compile(AudienceData data) {
        return EventMatcher.of(this, data);
    }
}
