package com.touchpoint.attribution.service;

import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.markov.MarkovAnalysis;
import com.touchpoint.attribution.markov.MarkovChainModel;
import com.touchpoint.attribution.model.AttributionModel;
import com.touchpoint.attribution.model.AttributionResult;
import com.touchpoint.attribution.model.FirstTouchModel;
import com.touchpoint.attribution.model.LastNonDirectModel;
import com.touchpoint.attribution.model.LastTouchModel;
import com.touchpoint.attribution.model.LinearModel;
import com.touchpoint.attribution.model.TimeDecayModel;
import com.touchpoint.attribution.shapley.OrderedShapleyAnalysis;
import com.touchpoint.attribution.shapley.OrderedShapleyModel;
import com.touchpoint.attribution.shapley.ShapleyAnalysis;
import tech.tablesaw.api.Table;

import java.util.List;

/** Runs one model of the engine with the analyst's parameters and gathers its tables. */
final class ModelRunner {

    private ModelRunner() {
    }

    static ModelOutcome run(ModelKind kind, ModelSettings settings, JourneySet journeys, Spend spend) {
        return switch (kind) {
            case FIRST -> ruleBased(kind, new FirstTouchModel(), journeys, spend);
            case LAST -> ruleBased(kind, new LastTouchModel(), journeys, spend);
            case LAST_NON_DIRECT -> ruleBased(kind, new LastNonDirectModel(settings.directChannel()), journeys, spend);
            case LINEAR -> ruleBased(kind, new LinearModel(), journeys, spend);
            case TIME_DECAY -> ruleBased(kind, new TimeDecayModel(settings.halfLife()), journeys, spend);
            case POSITION -> ruleBased(kind, settings.position().model(), journeys, spend);
            case MARKOV -> {
                MarkovAnalysis analysis = new MarkovChainModel(settings.markovOrder()).analyse(journeys);
                yield outcome(kind, analysis.attribution(), spend,
                        List.of(analysis.removalEffectTable(), analysis.transitionTable()));
            }
            case SHAPLEY -> {
                ShapleyAnalysis analysis = settings.shapleyModel().analyse(journeys);
                yield outcome(kind, analysis.attribution(), spend,
                        List.of(analysis.toTable().setName("Shapley values")));
            }
            case SHAPLEY_ORDERED -> {
                OrderedShapleyAnalysis analysis = new OrderedShapleyModel().analyse(journeys);
                yield outcome(kind, analysis.attribution(), spend,
                        List.of(analysis.toTable().setName("Ordered Shapley positions")));
            }
        };
    }

    private static ModelOutcome ruleBased(ModelKind kind, AttributionModel model, JourneySet journeys, Spend spend) {
        return outcome(kind, model.attribute(journeys), spend, List.of());
    }

    private static ModelOutcome outcome(ModelKind kind, AttributionResult result, Spend spend, List<Table> details) {
        Table table = spend.isEmpty() ? result.toTable() : result.toTable(spend.costPerChannel());
        return new ModelOutcome(kind, result, table, details);
    }
}
