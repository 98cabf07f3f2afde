package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.imports.QualityReport.ColumnQuality;
import com.touchpoint.datasources.read.RawRecord;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Accumulates the facts of a {@link QualityReport} while an import reads its rows. Not thread-safe. */
final class QualityCollector {

    private static final Pattern QUOTED_VALUE = Pattern.compile("'[^']*'");

    private long[] missing = new long[16];
    private final Map<String, Long> invalidByColumn = new HashMap<>();
    private final Map<String, Long> channels = new HashMap<>();
    private final Map<String, Long> reasons = new TreeMap<>();
    private LocalDateTime first;
    private LocalDateTime last;

    /** Counts the record's empty values, and header columns it stops before (absent JSON keys, short CSV rows). */
    void record(RawRecord record, int headerLength) {
        if (headerLength > missing.length) {
            missing = Arrays.copyOf(missing, Math.max(headerLength, missing.length * 2));
        }
        String[] values = record.values();
        for (int i = 0; i < headerLength; i++) {
            if (i >= values.length || values[i] == null || values[i].isBlank()) {
                missing[i]++;
            }
        }
    }

    void invalid(String column) {
        invalidByColumn.merge(column, 1L, Long::sum);
    }

    void time(LocalDateTime utc) {
        if (first == null || utc.isBefore(first)) {
            first = utc;
        }
        if (last == null || utc.isAfter(last)) {
            last = utc;
        }
    }

    void channel(String channel) {
        if (channel != null && !KnownChannels.CODES.contains(channel)) {
            channels.merge(channel, 1L, Long::sum);
        }
    }

    /** Groups reasons by their wording, with the offending values taken out ("'abc' is not a number" → "'…'…"). */
    void quarantined(String reason) {
        reasons.merge(QUOTED_VALUE.matcher(reason).replaceAll("'…'"), 1L, Long::sum);
    }

    List<ColumnQuality> columns(List<String> header, Function<String, String> mappedTo) {
        List<ColumnQuality> result = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            result.add(new ColumnQuality(column, mappedTo.apply(column), i < missing.length ? missing[i] : 0,
                    invalidByColumn.getOrDefault(column, 0L)));
        }
        return result;
    }

    LocalDateTime first() {
        return first;
    }

    LocalDateTime last() {
        return last;
    }

    Map<String, Long> unmappedChannels() {
        return new TreeMap<>(channels);
    }

    Map<String, Long> reasons() {
        return reasons;
    }
}
