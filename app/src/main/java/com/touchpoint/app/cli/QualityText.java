package com.touchpoint.app.cli;

import com.touchpoint.datasources.imports.ImportOutcome;
import com.touchpoint.datasources.imports.QualityReport;

import java.util.Map;

/** The data quality report as plain text for the terminal. */
final class QualityText {

    private QualityText() {
    }

    static String summaryLine(String file, ImportOutcome outcome) {
        QualityReport r = outcome.report();
        if (outcome.alreadyImported()) {
            return String.format("%s: already imported on %s as %s; nothing added", file,
                    outcome.earlier().finishedAt().toLocalDate(), outcome.earlier().fileName());
        }
        return String.format("%s: %s, %s, read %,d, loaded %,d, quarantined %,d, duplicate %,d", file, r.kind(),
                r.encoding(), r.rowsRead(), r.rowsLoaded(), r.rowsQuarantined(), r.rowsDuplicate());
    }

    static String report(QualityReport r) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("  reading: %s %s, mapping '%s'%n", r.encoding(), r.delimiter(), r.mappingName()));
        if (r.firstTimeUtc() != null) {
            text.append(String.format("  time range (UTC): %s .. %s%n", r.firstTimeUtc(), r.lastTimeUtc()));
        }
        text.append("  columns (missing / invalid):\n");
        r.columns().forEach(c -> text.append(String.format("    %-24s %-16s %,10d %,8d%n", c.column(),
                c.mappedTo() == null ? "(properties)" : c.mappedTo(), c.missing(), c.invalid())));
        appendCounts(text, "  quarantine reasons:", r.quarantineReasons());
        appendCounts(text, "  channels not known to Touchpoint (map them with a value map):", r.unmappedChannels());
        if (!r.sharedIdentifiers().isEmpty()) {
            text.append("  shared identifiers, not used for linking:\n");
            r.sharedIdentifiers().forEach(s -> text.append(String.format("    %s %s linked %d identifiers%n",
                    s.type(), s.value(), s.linkedIdentifiers())));
        }
        text.append(String.format("  customers in project: %,d (merged by this import: %,d)%n", r.customersAfter(),
                r.customersMerged()));
        return text.toString();
    }

    private static void appendCounts(StringBuilder text, String title, Map<String, Long> counts) {
        if (!counts.isEmpty()) {
            text.append(title).append('\n');
            counts.forEach((key, n) -> text.append(String.format("    %,8d  %s%n", n, key)));
        }
    }
}
