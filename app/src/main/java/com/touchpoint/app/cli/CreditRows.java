package com.touchpoint.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.ModelOutcome;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a run's credits, one row per model and channel: {@code model,channel,conversions,value,share}, plus
 * {@code cost,cpa,roas} when spend was imported. CSV numbers have at most 6 decimals; an undefined CPA or ROAS is
 * an empty field (null in JSON).
 */
final class CreditRows {

    private static final List<String> CREDIT_COLUMNS = List.of("conversions", "value", "share");
    private static final List<String> COST_COLUMNS = List.of("cost", "CPA", "ROAS");

    private CreditRows() {
    }

    static void csv(AttributionRun run, PrintWriter out) {
        List<String> numbers = numberColumns(run);
        out.println(String.join(",", header(numbers)));
        for (ModelOutcome outcome : run.models()) {
            Table table = outcome.table();
            for (int row = 0; row < table.rowCount(); row++) {
                List<String> fields = new ArrayList<>(List.of(outcome.kind().id(),
                        csvField(table.stringColumn("channel").get(row))));
                for (String column : numbers) {
                    DoubleColumn values = table.doubleColumn(column);
                    fields.add(values.isMissing(row) ? "" : number(values.get(row)));
                }
                out.println(String.join(",", fields));
            }
        }
    }

    static void json(AttributionRun run, PrintWriter out) throws JsonProcessingException {
        List<String> numbers = numberColumns(run);
        List<String> header = header(numbers);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ModelOutcome outcome : run.models()) {
            Table table = outcome.table();
            for (int row = 0; row < table.rowCount(); row++) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put(header.get(0), outcome.kind().id());
                fields.put(header.get(1), table.stringColumn("channel").get(row));
                for (int c = 0; c < numbers.size(); c++) {
                    DoubleColumn values = table.doubleColumn(numbers.get(c));
                    fields.put(header.get(c + 2), values.isMissing(row) ? null : values.get(row));
                }
                rows.add(fields);
            }
        }
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    }

    private static List<String> numberColumns(AttributionRun run) {
        List<String> columns = new ArrayList<>(CREDIT_COLUMNS);
        if (!run.spend().isEmpty()) {
            columns.addAll(COST_COLUMNS);
        }
        return columns;
    }

    private static List<String> header(List<String> numberColumns) {
        List<String> header = new ArrayList<>(List.of("model", "channel"));
        numberColumns.forEach(column -> header.add(column.toLowerCase()));
        return header;
    }

    /** At most 6 decimals, no trailing zeros: 12.5, 3, 0.333333. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
