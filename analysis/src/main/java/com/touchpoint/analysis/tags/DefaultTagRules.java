package com.touchpoint.analysis.tags;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.EventFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tag rules a project starts with until the analyst writes their own: for every item category an interest tag
 * {@code interest:CATEGORY} from product views (1), add-to-carts (2) and purchases (3) of its items, and for every
 * channel an affinity tag {@code channel:CHANNEL} from any event in it (1 each).
 */
public final class DefaultTagRules {

    public static final Map<String, Double> INTEREST_WEIGHTS = Map.of("product_view", 1.0, "add_to_cart", 2.0,
            "purchase", 3.0);

    private DefaultTagRules() {
    }

    public static TagSettings of(AudienceData data) {
        List<TagRule> rules = new ArrayList<>();
        for (String category : data.categories().itemsByCategory().keySet()) {
            List<String> types = INTEREST_WEIGHTS.keySet().stream().sorted().toList();
            rules.add(new TagRule("interest:" + category,
                    new EventFilter(types, null, null, null, List.of(category)), INTEREST_WEIGHTS));
        }
        for (String channel : data.events().channelDictionary().values()) {
            rules.add(new TagRule("channel:" + channel, EventFilter.channels(channel), Map.of()));
        }
        return new TagSettings(null, null, rules);
    }
}
