package com.touchpoint.analysis.audience;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads lengths of time written the short way: {@code 30d}, {@code 12h}, {@code 2w}, {@code 90m}. */
public final class Spans {

    private static final Pattern SPAN = Pattern.compile("\\s*(\\d+)\\s*([mhdw])\\s*");

    private Spans() {
    }

    /** @throws AnalysisException when the text is not a whole number followed by m, h, d or w */
    public static Duration parse(String text) {
        Matcher m = text == null ? null : SPAN.matcher(text.toLowerCase());
        if (m == null || !m.matches()) {
            throw new AnalysisException("'" + text + "' is not a length of time; write a whole number and a unit: "
                    + "30d (days), 12h (hours), 2w (weeks) or 90m (minutes).");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
    }
}
