package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.datasources.customers.AttributeColumn;
import com.touchpoint.datasources.customers.AttributeKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Decides a property comparison once per distinct value of the column, giving a lookup table by value code. */
final class PropertyMatch {

    private PropertyMatch() {
    }

    static boolean[] accepted(AttributeColumn column, PropertyCondition condition) {
        Comparison op = condition.op();
        List<String> values = condition.values();
        boolean[] accepted = new boolean[column.values().size()];
        switch (op) {
            case IS_EMPTY -> accepted[AttributeColumn.EMPTY] = true;
            case IS_NOT_EMPTY -> Arrays.fill(accepted, 1, accepted.length, true);
            case NOT_EQUALS -> {
                boolean[] equal = accepted(column, new PropertyCondition(condition.property(), Comparison.EQUALS,
                        values));
                for (int code = 0; code < accepted.length; code++) {
                    accepted[code] = !equal[code];
                }
            }
            case CONTAINS -> {
                String needle = values.get(0).toLowerCase(Locale.ROOT);
                for (int code = 1; code < accepted.length; code++) {
                    accepted[code] = column.values().get(code).toLowerCase(Locale.ROOT).contains(needle);
                }
            }
            default -> {
                if (column.kind() == AttributeKind.TEXT) {
                    String[] texts = values.stream().map(String::strip).toArray(String[]::new);
                    for (int code = 1; code < accepted.length; code++) {
                        accepted[code] = textTest(op, column.values().get(code), texts);
                    }
                } else {
                    double[] bounds = keys(column, values);
                    for (int code = 1; code < accepted.length; code++) {
                        double key = column.keys()[code];
                        accepted[code] = !Double.isNaN(key) && op.test(key, bounds);
                    }
                }
            }
        }
        return accepted;
    }

    private static boolean textTest(Comparison op, String value, String[] texts) {
        return switch (op) {
            case EQUALS -> value.equals(texts[0]);
            case IN -> List.of(texts).contains(value);
            case LESS -> value.compareTo(texts[0]) < 0;
            case AT_MOST -> value.compareTo(texts[0]) <= 0;
            case GREATER -> value.compareTo(texts[0]) > 0;
            case AT_LEAST -> value.compareTo(texts[0]) >= 0;
            case BETWEEN -> value.compareTo(texts[0]) >= 0 && value.compareTo(texts[1]) <= 0;
            default -> throw new IllegalStateException(op + " is decided elsewhere");
        };
    }

    private static double[] keys(AttributeColumn column, List<String> values) {
        double[] keys = new double[values.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = column.kind().key(values.get(i));
            if (Double.isNaN(keys[i])) {
                throw new AnalysisException("Property " + column.name() + " holds " + describe(column.kind())
                        + "; '" + values.get(i) + "' is not one. Write it like " + example(column.kind()) + ".");
            }
        }
        return keys;
    }

    private static String describe(AttributeKind kind) {
        return switch (kind) {
            case NUMBER -> "numbers";
            case DATE -> "dates";
            case TIME -> "times";
            case TEXT -> "text";
        };
    }

    private static String example(AttributeKind kind) {
        return switch (kind) {
            case NUMBER -> "1200 or 12.5";
            case DATE -> "1990-05-01";
            case TIME -> "2026-08-01 18:30:00 (UTC) or 2026-08-01T18:30:00+08:00";
            case TEXT -> "any text";
        };
    }
}
