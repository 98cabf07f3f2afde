package com.touchpoint.attribution.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Credits per channel from one model, with the totals they share out. */
public record AttributionResult(String model, List<ChannelCredit> credits, double totalConversions,
                                double totalValue) {
    public AttributionResult {
        credits = List.copyOf(credits);
    }

    /** Builds a result from credited conversions and value per channel, in channel order. */
    public static AttributionResult of(String model, List<String> channels, double[] conversions, double[] value,
                                       double totalConversions, double totalValue) {
        List<ChannelCredit> credits = new ArrayList<>(channels.size());
        for (int c = 0; c < channels.size(); c++) {
            double share = totalConversions == 0 ? 0 : conversions[c] / totalConversions;
            credits.add(new ChannelCredit(channels.get(c), conversions[c], value[c], share));
        }
        return new AttributionResult(model, credits, totalConversions, totalValue);
    }

    /** Shares the totals in proportion to non-negative or signed scores (removal effects, Shapley values). */
    public static AttributionResult proportional(String model, List<String> channels, double[] scores,
                                                 double totalConversions, double totalValue) {
        double sum = 0;
        for (double score : scores) {
            sum += score;
        }
        double[] conversions = new double[scores.length];
        double[] value = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            double share = sum == 0 ? 0 : scores[c] / sum;
            conversions[c] = share * totalConversions;
            value[c] = share * totalValue;
        }
        return of(model, channels, conversions, value, totalConversions, totalValue);
    }

    /** The credit of one channel. */
    public ChannelCredit credit(String channel) {
        return credits.get(indexOf(channel));
    }

    /** The position of a channel in {@link #credits()}. */
    public int indexOf(String channel) {
        for (int c = 0; c < credits.size(); c++) {
            if (credits.get(c).channel().equals(channel)) {
                return c;
            }
        }
        throw new IllegalArgumentException("No channel \"" + channel + "\" in the " + model + " result");
    }

    /** Columns: channel, conversions, value, share. */
    public Table toTable() {
        Table table = Table.create(model,
                StringColumn.create("channel"), DoubleColumn.create("conversions"),
                DoubleColumn.create("value"), DoubleColumn.create("share"));
        for (ChannelCredit credit : credits) {
            table.stringColumn("channel").append(credit.channel());
            table.doubleColumn("conversions").append(credit.conversions());
            table.doubleColumn("value").append(credit.value());
            table.doubleColumn("share").append(credit.share());
        }
        return table;
    }

    /**
     * {@link #toTable()} plus cost, CPA (cost per credited conversion) and ROAS (credited value per unit of cost).
     * Channels with cost but no credit get a row; cells that cannot be computed (no cost given, no conversions,
     * zero cost) are missing.
     */
    public Table toTable(Map<String, Double> costPerChannel) {
        Map<String, ChannelCredit> rows = new LinkedHashMap<>();
        credits.forEach(credit -> rows.put(credit.channel(), credit));
        costPerChannel.forEach((channel, cost) -> {
            if (cost == null || !(cost >= 0) || cost.isInfinite()) {
                throw new IllegalArgumentException("The cost of channel \"" + channel
                        + "\" must be a finite number, 0 or more; got " + cost);
            }
            rows.putIfAbsent(channel, new ChannelCredit(channel, 0, 0, 0));
        });
        Table table = Table.create(model,
                StringColumn.create("channel"), DoubleColumn.create("conversions"),
                DoubleColumn.create("value"), DoubleColumn.create("share"), DoubleColumn.create("cost"),
                DoubleColumn.create("CPA"), DoubleColumn.create("ROAS"));
        for (ChannelCredit credit : rows.values()) {
            Double cost = costPerChannel.get(credit.channel());
            table.stringColumn("channel").append(credit.channel());
            table.doubleColumn("conversions").append(credit.conversions());
            table.doubleColumn("value").append(credit.value());
            table.doubleColumn("share").append(credit.share());
            appendOrMissing(table.doubleColumn("cost"), cost);
            appendOrMissing(table.doubleColumn("CPA"),
                    cost == null || credit.conversions() == 0 ? null : cost / credit.conversions());
            appendOrMissing(table.doubleColumn("ROAS"), cost == null || cost == 0 ? null : credit.value() / cost);
        }
        return table;
    }

    private static void appendOrMissing(DoubleColumn column, Double number) {
        if (number == null) {
            column.appendMissing();
        } else {
            column.append(number);
        }
    }
}
