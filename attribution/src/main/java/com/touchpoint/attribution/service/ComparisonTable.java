package com.touchpoint.attribution.service;

import com.touchpoint.attribution.model.ChannelCredit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.TreeSet;

/**
 * The models side by side: a row per channel (in name order), a column of credited conversions per model (named
 * after the model), then a column of shares per model ("Linear share").
 */
final class ComparisonTable {

    static final String SHARE_SUFFIX = " share";

    private ComparisonTable() {
    }

    static Table of(List<ModelOutcome> outcomes) {
        TreeSet<String> channels = new TreeSet<>();
        outcomes.forEach(outcome -> outcome.result().credits().forEach(credit -> channels.add(credit.channel())));
        Table table = Table.create("Model comparison", StringColumn.create("channel", channels));
        for (ModelOutcome outcome : outcomes) {
            table.addColumns(column(outcome, channels, outcome.name(), false));
        }
        for (ModelOutcome outcome : outcomes) {
            table.addColumns(column(outcome, channels, outcome.name() + SHARE_SUFFIX, true));
        }
        return table;
    }

    private static DoubleColumn column(ModelOutcome outcome, Iterable<String> channels, String name, boolean share) {
        DoubleColumn column = DoubleColumn.create(name);
        for (String channel : channels) {
            ChannelCredit credit = outcome.result().credits().stream().filter(c -> c.channel().equals(channel))
                    .findFirst().orElse(new ChannelCredit(channel, 0, 0, 0));
            column.append(share ? credit.share() : credit.conversions());
        }
        return column;
    }
}
