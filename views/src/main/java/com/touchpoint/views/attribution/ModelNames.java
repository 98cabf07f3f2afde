package com.touchpoint.views.attribution;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.attribution.service.ModelOutcome;
import com.touchpoint.attribution.shapley.CoalitionWorth;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.results.ColumnTitles;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The models' names in the interface language: for check boxes, chart series, lists and comparison columns. */
public final class ModelNames {

    /** How the comparison table names a model's share column: the model's name and this suffix. */
    private static final String SHARE_SUFFIX = " share";
    private static final List<String> DETAILS = List.of("Removal effects", "Transitions", "Shapley values",
            "Ordered Shapley positions");

    private final Messages messages;

    public ModelNames(Messages messages) {
        this.messages = messages;
    }

    /** The model's general name, such as "Markov chain". */
    public String label(ModelKind kind) {
        return messages.get(key(kind));
    }

    /** The name of one run's model with the parameter that names it: "Markov chain (order 2)", "Shapley (rate)". */
    public String of(AttributionRun run, ModelOutcome outcome) {
        return switch (outcome.kind()) {
            case MARKOV -> messages.get("attribution.model.markov.order", run.settings().modelSettings().markovOrder());
            case SHAPLEY -> messages.get(run.settings().modelSettings().shapleyWorth() == CoalitionWorth.CONVERSIONS
                    ? "attribution.model.shapley.conversions" : "attribution.model.shapley.rate");
            default -> label(outcome.kind());
        };
    }

    /**
     * Titles for the comparison table's columns, whose names are the engine's model names ("Markov order 1") and
     * those names with " share"; other columns as {@link ColumnTitles}.
     */
    public UnaryOperator<String> comparisonTitles(AttributionRun run) {
        UnaryOperator<String> others = ColumnTitles.of(messages);
        return name -> {
            for (ModelOutcome outcome : run.models()) {
                if (name.equals(outcome.name())) {
                    return of(run, outcome);
                }
                if (name.equals(outcome.name() + SHARE_SUFFIX)) {
                    return messages.get("attribution.column.share", of(run, outcome));
                }
            }
            return others.apply(name);
        };
    }

    /**
     * The title of a table behind a model's credits: the engine names them "Removal effects, Markov order 1",
     * "Transitions, Markov order 1", "Shapley values" and "Ordered Shapley positions"; other names stay as they are.
     */
    public String detail(String tableName) {
        for (String known : DETAILS) {
            if (tableName.startsWith(known)) {
                return messages.get("attribution.detail." + known.toLowerCase(Locale.ROOT).replace(' ', '_'));
            }
        }
        return tableName;
    }

    private static String key(ModelKind kind) {
        return "attribution.model." + kind.name().toLowerCase(Locale.ROOT);
    }
}
