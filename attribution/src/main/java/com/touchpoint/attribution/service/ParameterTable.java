package com.touchpoint.attribution.service;

import com.touchpoint.attribution.journey.DirectConversions;
import com.touchpoint.attribution.journey.JourneyBuilder;
import com.touchpoint.attribution.journey.JourneyBuilder.DirectHandling;
import com.touchpoint.attribution.journey.JourneyBuilder.TouchReuse;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.shapley.CoalitionWorth;
import com.touchpoint.attribution.shapley.ShapleyModel;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.time.Instant;
import java.util.List;

/** Every parameter and fact a run depended on, as "parameter, value" rows, so the analysis can be repeated. */
final class ParameterTable {

    private final StringColumn names = StringColumn.create("parameter");
    private final StringColumn values = StringColumn.create("value");

    private ParameterTable() {
    }

    static Table of(JourneyInput input, AttributionSettings settings, Spend spend, Instant ranAt) {
        ParameterTable table = new ParameterTable();
        table.add("run at (UTC)", ranAt.toString());
        table.add("journeys from", input.source().describe());
        if (input.source() instanceof JourneySource.Events events) {
            table.addEventFacts(events, settings);
        } else if (input.source() instanceof JourneySource.PathReport report) {
            table.addReportFacts(report);
        }
        table.addTotals(input.journeys());
        table.add("spend period", spend.period());
        table.add("models", TextFormat.list(settings.models().stream().map(ModelKind::id).toList()));
        table.addModelSettings(settings.models(), settings.modelSettings());
        table.add("path explorer", "the " + settings.topPaths() + " most frequent paths");
        return Table.create("Parameters", table.names, table.values);
    }

    private void addEventFacts(JourneySource.Events events, AttributionSettings settings) {
        add("data from (UTC)", events.range().first().toString());
        add("data end (UTC, exclusive)", events.range().endExclusive().toString());
        add("events", Long.toString(events.events()));
        add("customers", Integer.toString(events.customers()));
        add("conversion", "events of type " + settings.conversionType() + ", valued at their revenue");
        add("conversion events", Long.toString(events.conversionEvents()));
        add("touch channels", settings.touches().describeChannels());
        add("touch event types", settings.touches().describeEventTypes(settings.conversionType()));
        add("touch events", Long.toString(events.touchEvents()));
        add("lookback window", TextFormat.duration(settings.lookback()));
        add("touch reuse", settings.touchReuse() == TouchReuse.FIRST_CONVERSION_ONLY
                ? "a touch credits only the first conversion after it"
                : "a touch credits every conversion whose window holds it");
        add("conversions without touch", settings.directHandling() == DirectHandling.KEEP_AS_CHANNEL
                ? "credited to the channel " + JourneyBuilder.DIRECT : "counted, not credited");
    }

    private void addReportFacts(JourneySource.PathReport report) {
        add("path report rows", Integer.toString(report.rows()));
        add("rows left out (unreadable)", Integer.toString(report.skipped().size()));
        add("journeys", "as given by the report; touch, conversion and lookback settings do not apply");
    }

    private void addTotals(JourneySet journeys) {
        add("conversions", TextFormat.number(journeys.totalConversions()));
        add("conversion value", TextFormat.number(journeys.totalValue()));
        add("non-converting journeys", TextFormat.number(journeys.totalNonConversions()));
        DirectConversions direct = journeys.directConversions();
        add("conversions with no touch in their window", TextFormat.number(direct.count()) + " worth "
                + TextFormat.number(direct.value()));
        add("channels", TextFormat.list(journeys.channels()));
    }

    private void addModelSettings(List<ModelKind> models, ModelSettings settings) {
        if (models.contains(ModelKind.LAST_NON_DIRECT)) {
            add("last-non-direct: direct channel", settings.directChannel());
        }
        if (models.contains(ModelKind.TIME_DECAY)) {
            add("time-decay: half-life", TextFormat.duration(settings.halfLife()));
        }
        if (models.contains(ModelKind.POSITION)) {
            add("position: first / middle / last", settings.position().toString());
        }
        if (models.contains(ModelKind.MARKOV)) {
            add("markov: order", Integer.toString(settings.markovOrder()));
        }
        if (models.contains(ModelKind.SHAPLEY)) {
            add("shapley: worth of a channel set", settings.shapleyWorth() == CoalitionWorth.RATE
                    ? "conversion rate" : "conversions");
            if (settings.shapleyWorth() == CoalitionWorth.RATE) {
                add("shapley: unseen channel sets", settings.shapleyUnseen().name().toLowerCase().replace('_', ' '));
            }
            add("shapley: method", settings.shapleyMethod().name().toLowerCase());
            if (settings.shapleyMethod() != ShapleyModel.Method.EXACT) {
                add("shapley sampling: seed", Long.toString(settings.sampling().seed()));
                add("shapley sampling: precision", TextFormat.number(settings.sampling().relativePrecision()));
                add("shapley sampling: most permutations", Integer.toString(settings.sampling().maxPermutations()));
            }
        }
    }

    private void add(String name, String value) {
        names.append(name);
        values.append(value);
    }
}
