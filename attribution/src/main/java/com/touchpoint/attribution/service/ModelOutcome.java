package com.touchpoint.attribution.service;

import com.touchpoint.attribution.model.AttributionResult;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * One model's output: the credits, the credit table (channel, conversions, value, share, and cost, CPA and ROAS when
 * spend was imported) and the tables behind the credits (Markov removal effects and transitions, Shapley values,
 * ordered Shapley positions), none for the rule-based models.
 */
public record ModelOutcome(ModelKind kind, AttributionResult result, Table table, List<Table> details) {

    public ModelOutcome {
        details = List.copyOf(details);
    }

    /** The model's name for tables and charts, such as "Markov order 2". */
    public String name() {
        return result.model();
    }
}
