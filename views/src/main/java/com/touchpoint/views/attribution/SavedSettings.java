package com.touchpoint.views.attribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The attribution form's state as saved in the project (JSON), so reopening the project brings the last settings
 * back. Channels and event types are kept as the ones left out, so that channels imported later count as touches.
 *
 * @param pathReport null for the project's events
 * @param models     model ids ({@link com.touchpoint.attribution.service.ModelKind#id()})
 * @param shapleyWorth  a {@link com.touchpoint.attribution.shapley.CoalitionWorth} name
 * @param shapleyUnseen an {@link com.touchpoint.attribution.shapley.UnseenCoalition} name
 */
public record SavedSettings(String pathReport, String conversionType, List<String> excludedChannels,
                            List<String> excludedTouchTypes, int lookbackDays, List<String> models,
                            double halfLifeDays, int positionFirst, int positionMiddle, int positionLast,
                            int markovOrder, String shapleyWorth, String shapleyUnseen, long seed) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SavedSettings {
        excludedChannels = List.copyOf(excludedChannels);
        excludedTouchTypes = List.copyOf(excludedTouchTypes);
        models = List.copyOf(models);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Attribution settings could not be written as JSON", e);
        }
    }

    /** @throws IllegalArgumentException the text is not saved attribution settings */
    public static SavedSettings fromJson(String json) {
        try {
            return JSON.readValue(json, SavedSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The saved attribution settings cannot be read: " + e.getMessage(), e);
        }
    }
}
