package com.touchpoint.attribution.service;

import com.touchpoint.attribution.journey.DirectConversions;
import com.touchpoint.attribution.journey.JourneySet;
import tech.tablesaw.api.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one attribution run: the journeys and where they came from, the spend, every model's outcome in the
 * order asked, the models side by side ({@link #comparison()}: channel, conversions per model, share per model),
 * the most frequent paths, and the parameters used.
 */
public record AttributionRun(AttributionSettings settings, JourneyInput input, Spend spend,
                             List<ModelOutcome> models, Table comparison, Table topPaths, Table parameters,
                             Instant ranAt) {

    public AttributionRun {
        models = List.copyOf(models);
    }

    public JourneySet journeys() {
        return input.journeys();
    }

    public double totalConversions() {
        return journeys().totalConversions();
    }

    public double totalValue() {
        return journeys().totalValue();
    }

    /** Conversions that had no touch in their window (none for path reports). */
    public DirectConversions directConversions() {
        return journeys().directConversions();
    }

    /** The data period, for journeys built from events. */
    public Optional<DataRange> dataRange() {
        return input.source() instanceof JourneySource.Events events ? Optional.of(events.range()) : Optional.empty();
    }

    public Optional<ModelOutcome> outcome(ModelKind kind) {
        return models.stream().filter(outcome -> outcome.kind() == kind).findFirst();
    }
}
