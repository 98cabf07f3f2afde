package com.touchpoint.analysis.tags;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.EventMatcher;
import com.touchpoint.datasources.events.Dictionary;
import com.touchpoint.datasources.events.EventColumns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Computes tag weights: for each customer and tag, the sum over the customer's behaviours for the tag (events up to
 * the reference time passing the rule's filter) of behaviour weight × e^(−λ·Δt) × channel weight, Δt in days
 * before the reference time. One pass over the events serves all rules; the decay is computed once per event.
 */
public final class TagCalculator {

    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private TagCalculator() {
    }

    /** @throws java.util.concurrent.CancellationException when the token is cancelled meanwhile */
    public static TagWeights compute(AudienceData data, TagSettings settings, long referenceMillis,
                                     CancellationToken token) {
        EventColumns events = data.events();
        List<TagRule> rules = settings.rules();
        int ruleCount = rules.size();
        EventMatcher[] matchers = new EventMatcher[ruleCount];
        double[][] typeWeights = new double[ruleCount][];
        double[][] weights = new double[ruleCount][data.size()];
        for (int r = 0; r < ruleCount; r++) {
            matchers[r] = rules.get(r).filter().compile(data);
            typeWeights[r] = byCode(events.eventTypeDictionary(), rules.get(r)::behaviourWeight);
        }
        double[] channelWeights = byCode(events.channelDictionary(), settings::channelWeight);
        double lambda = settings.decayPerDay();
        long[] times = events.timesMillis();
        int[] types = events.eventTypes();
        int[] channels = events.channels();
        for (int c = 0; c < data.size(); c++) {
            if ((c & 0x3FFF) == 0) {
                token.throwIfCancelled();
            }
            for (int i = data.firstEvent(c); i < data.endEvent(c) && times[i] <= referenceMillis; i++) {
                double decayed = Double.NaN;
                for (int r = 0; r < ruleCount; r++) {
                    if (matchers[r].test(i)) {
                        if (Double.isNaN(decayed)) {
                            double days = (referenceMillis - times[i]) / MILLIS_PER_DAY;
                            decayed = Math.exp(-lambda * days) * channelWeights[channels[i]];
                        }
                        weights[r][c] += typeWeights[r][types[i]] * decayed;
                    }
                }
            }
        }
        Map<String, double[]> byTag = new LinkedHashMap<>();
        for (int r = 0; r < ruleCount; r++) {
            byTag.put(rules.get(r).name(), weights[r]);
        }
        return new TagWeights(settings, referenceMillis, byTag);
    }

    private static double[] byCode(Dictionary dictionary, ToDoubleFunction<String> weight) {
        double[] table = new double[dictionary.size()];
        for (int code = 0; code < table.length; code++) {
            table[code] = weight.applyAsDouble(dictionary.value(code));
        }
        return table;
    }
}
