package com.touchpoint.attribution.service;

import com.touchpoint.attribution.journey.JourneyBuilder;
import com.touchpoint.attribution.journey.JourneyBuilder.DirectHandling;
import com.touchpoint.attribution.journey.JourneyBuilder.TouchReuse;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything an attribution run depends on: what counts as a touch, which event type is the conversion (its revenue
 * is the value), the lookback window, how touches are shared between conversions, what happens to conversions with
 * no touch, the models with their parameters, and how many paths the path explorer lists. Journeys from a path
 * report are taken as given, so the touch, conversion, lookback, reuse and direct settings do not apply to them.
 */
public record AttributionSettings(TouchDefinition touches, String conversionType, Duration lookback,
                                  TouchReuse touchReuse, DirectHandling directHandling, List<ModelKind> models,
                                  ModelSettings modelSettings, int topPaths) {

    public static final String DEFAULT_CONVERSION = "purchase";
    public static final int DEFAULT_TOP_PATHS = 100;

    public AttributionSettings {
        Objects.requireNonNull(touches, "touch definition");
        Objects.requireNonNull(touchReuse, "touch reuse");
        Objects.requireNonNull(directHandling, "direct handling");
        Objects.requireNonNull(modelSettings, "model settings");
        if (conversionType == null || conversionType.isBlank()) {
            throw new IllegalArgumentException("Name the event type that counts as a conversion, such as "
                    + DEFAULT_CONVERSION);
        }
        if (touches.eventTypes().contains(conversionType)) {
            throw new IllegalArgumentException("'" + conversionType + "' is the conversion, so it cannot also be a "
                    + "touch; leave it out of the touch event types");
        }
        new JourneyBuilder().lookback(lookback); // checks the window with the builder's own rule and message
        models = List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one model");
        }
        if (topPaths < 1) {
            throw new IllegalArgumentException("The path explorer needs to list at least one path; got " + topPaths);
        }
    }

    /**
     * Touches on every channel but direct, of every type but the conversion; conversion "purchase"; 30-day lookback;
     * a touch credits only the first conversion after it; conversions without touch kept on "(direct)"; every model
     * with {@link ModelSettings#defaults()}; the 100 most frequent paths.
     */
    public static AttributionSettings defaults() {
        return new AttributionSettings(TouchDefinition.defaults(), DEFAULT_CONVERSION,
                JourneyBuilder.DEFAULT_LOOKBACK, TouchReuse.FIRST_CONVERSION_ONLY, DirectHandling.KEEP_AS_CHANNEL,
                List.of(ModelKind.values()), ModelSettings.defaults(), DEFAULT_TOP_PATHS);
    }

    public AttributionSettings withTouches(TouchDefinition newTouches) {
        return new AttributionSettings(newTouches, conversionType, lookback, touchReuse, directHandling, models,
                modelSettings, topPaths);
    }

    public AttributionSettings withConversionType(String newConversionType) {
        return new AttributionSettings(touches, newConversionType, lookback, touchReuse, directHandling, models,
                modelSettings, topPaths);
    }

    public AttributionSettings withLookback(Duration newLookback) {
        return new AttributionSettings(touches, conversionType, newLookback, touchReuse, directHandling, models,
                modelSettings, topPaths);
    }

    public AttributionSettings withJourneyRules(TouchReuse newTouchReuse, DirectHandling newDirectHandling) {
        return new AttributionSettings(touches, conversionType, lookback, newTouchReuse, newDirectHandling, models,
                modelSettings, topPaths);
    }

    public AttributionSettings withModels(List<ModelKind> newModels) {
        return new AttributionSettings(touches, conversionType, lookback, touchReuse, directHandling, newModels,
                modelSettings, topPaths);
    }

    public AttributionSettings withModelSettings(ModelSettings newModelSettings) {
        return new AttributionSettings(touches, conversionType, lookback, touchReuse, directHandling, models,
                newModelSettings, topPaths);
    }

    public AttributionSettings withTopPaths(int newTopPaths) {
        return new AttributionSettings(touches, conversionType, lookback, touchReuse, directHandling, models,
                modelSettings, newTopPaths);
    }

    JourneyBuilder journeyBuilder() {
        return new JourneyBuilder().lookback(lookback).touchReuse(touchReuse).directHandling(directHandling);
    }
}
