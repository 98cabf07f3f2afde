package com.touchpoint.datasources.paths;

import com.touchpoint.datasources.mapping.MappedRow.PathRow;

import java.util.List;

/**
 * The rows of one aggregated path report (ChannelAttribution layout: path, conversions, value, non-conversions),
 * paths normalised to channels joined by {@code " > "}.
 *
 * @param name    the report's name: its file name
 * @param skipped rows that could not be read, each as "line N: reason"; empty for reports read from a project,
 *                whose broken rows were quarantined at import
 */
public record PathReport(String name, List<PathRow> rows, List<String> skipped) {

    public PathReport {
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }
}
