package com.touchpoint.views.audience.tags;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.views.i18n.Messages;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tag rule's weights per event type as the analyst types them: {@code purchase=3, add_to_cart=2}. */
final class BehaviourWeights {

    private BehaviourWeights() {
    }

    /**
     * Pairs separated by commas (Latin or Chinese); blank text is no weights.
     *
     * @throws AnalysisException naming the pair that is not {@code type=number}
     */
    static Map<String, Double> parse(String text, Messages messages) {
        Map<String, Double> parsed = new LinkedHashMap<>();
        for (String part : text.split("[,，]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=");
            if (pair.length != 2 || pair[0].isBlank()) {
                throw new AnalysisException(messages.get("tags.weights.invalid", part.strip()));
            }
            try {
                parsed.put(pair[0].strip(), Double.valueOf(pair[1].strip()));
            } catch (NumberFormatException e) {
                throw new AnalysisException(messages.get("tags.weights.invalid", part.strip()));
            }
        }
        return parsed;
    }

    /** The weights as they are typed, by event type. */
    static String text(Map<String, Double> weights) {
        return String.join(", ", weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + BigDecimal.valueOf(e.getValue()).stripTrailingZeros().toPlainString())
                .toList());
    }
}
