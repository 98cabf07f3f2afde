package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.views.i18n.Messages;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Reading and writing the values typed into the value fields. */
final class Values {

    private Values() {
    }

    /** Values typed as a list: separated by commas (Latin or Chinese), blanks dropped. */
    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,，、]")).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
    }

    static String join(List<String> values) {
        return String.join(", ", values);
    }

    /** @throws AnalysisException saying which value is not a number */
    static List<Double> numbers(List<String> values, Messages messages) {
        return values.stream().map(value -> number(value, messages)).toList();
    }

    static double number(String value, Messages messages) {
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value and what to write instead.
        }
        throw new AnalysisException(messages.get("editor.notANumber", value));
    }

    /** Numbers as typed: 100, not 100.0. */
    static List<String> texts(List<Double> numbers) {
        return numbers.stream().map(n -> BigDecimal.valueOf(n).stripTrailingZeros().toPlainString()).toList();
    }
}
