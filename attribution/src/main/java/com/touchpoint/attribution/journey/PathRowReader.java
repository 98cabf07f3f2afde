package com.touchpoint.attribution.journey;

import java.util.Collection;
import java.util.regex.Pattern;

/** Turns path-report rows into journeys: one converting and one non-converting journey per row, without ages. */
final class PathRowReader {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*" + Pattern.quote(PathRow.SEPARATOR) + "\\s*");

    private PathRowReader() {
    }

    static JourneySet read(Collection<PathRow> rows) {
        JourneyCollector collector = new JourneyCollector();
        int rowNumber = 0;
        for (PathRow row : rows) {
            rowNumber++;
            String problem = problemWith(row);
            if (problem != null) {
                throw new IllegalArgumentException("Path report row " + rowNumber + " (" + row + "): " + problem);
            }
            String[] names = SEPARATOR.split(row.path().strip());
            int[] path = new int[names.length];
            for (int k = 0; k < names.length; k++) {
                if (names[k].isBlank()) {
                    throw new IllegalArgumentException("Path report row " + rowNumber + " has an empty channel in \""
                            + row.path() + "\"; write paths like \"A > B > C\"");
                }
                path[k] = collector.channel(names[k]);
            }
            if (row.conversions() > 0) {
                collector.addOwned(path, null, true, row.conversions(), row.value());
            }
            if (row.nonConversions() > 0) {
                collector.addOwned(path, null, false, row.nonConversions(), 0);
            }
        }
        return collector.build();
    }

    private static String problemWith(PathRow row) {
        if (row.path() == null || row.path().isBlank()) {
            return "the path is empty";
        }
        if (!(row.conversions() >= 0) || !(row.nonConversions() >= 0)
                || !Double.isFinite(row.conversions()) || !Double.isFinite(row.nonConversions())) {
            return "conversions and non-conversions must be finite numbers, 0 or more";
        }
        if (!Double.isFinite(row.value())) {
            return "the value must be a finite number";
        }
        if (row.conversions() == 0 && row.value() != 0) {
            return "a value without conversions cannot be credited; check the columns";
        }
        return null;
    }
}
