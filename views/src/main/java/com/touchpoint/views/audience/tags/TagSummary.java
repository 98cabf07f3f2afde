package com.touchpoint.views.audience.tags;

import com.touchpoint.analysis.tags.TagWeights;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tags as a table, most widespread first: per tag the customers who have it (weight above 0), their mean weight
 * and the largest weight.
 */
final class TagSummary {

    private TagSummary() {
    }

    static Table of(TagWeights tags) {
        record Row(String tag, int customers, double mean, double max) {
        }
        List<Row> rows = tags.weights().entrySet().stream().map(TagSummary::row)
                .map(r -> new Row(r.getKey(), (int) r.getValue()[0], r.getValue()[1], r.getValue()[2]))
                .sorted(Comparator.comparingInt(Row::customers).reversed().thenComparing(Row::tag)).toList();
        StringColumn tag = StringColumn.create("tag");
        IntColumn customers = IntColumn.create("customers");
        DoubleColumn mean = DoubleColumn.create("mean weight");
        DoubleColumn max = DoubleColumn.create("max weight");
        for (Row row : rows) {
            tag.append(row.tag());
            customers.append(row.customers());
            mean.append(row.mean());
            max.append(row.max());
        }
        return Table.create("Tags", tag, customers, mean, max);
    }

    /** The tag with {customers having it, their mean weight, the largest weight}. */
    private static Map.Entry<String, double[]> row(Map.Entry<String, double[]> tag) {
        int having = 0;
        double sum = 0;
        double max = 0;
        for (double weight : tag.getValue()) {
            if (weight > 0) {
                having++;
                sum += weight;
                max = Math.max(max, weight);
            }
        }
        return Map.entry(tag.getKey(), new double[] {having, having == 0 ? 0 : sum / having, max});
    }
}
