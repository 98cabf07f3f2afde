package com.touchpoint.datasources.quality;

import com.touchpoint.datasources.imports.QualityReport;
import com.touchpoint.datasources.store.ImportBatchInfo;
import com.touchpoint.datasources.store.ImportBatchRepository;
import com.touchpoint.datasources.store.ProjectStore;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The data quality of a whole project as one table: a row per finished import (file, kind, when, where its rows went,
 * the time range it covers, why rows were quarantined, channel values Touchpoint does not know), then a row summing
 * them all.
 */
public final class ProjectQuality {

    static final String ALL_IMPORTS = "all imports";

    private final ImportBatchRepository batches;

    public ProjectQuality(ProjectStore store) {
        this.batches = new ImportBatchRepository(store);
    }

    /**
     * Columns: file, kind, finished (UTC), rows read, rows loaded, rows quarantined, rows duplicate, first time (UTC),
     * last time (UTC), quarantine reasons, unknown channels. The last row is "all imports" with the sums, the
     * earliest first time and the latest last time, and the reasons and channels counted over every import.
     */
    public Table summary() {
        Columns columns = new Columns();
        Totals totals = new Totals();
        List<ImportBatchInfo> finished = batches.finished();
        for (ImportBatchInfo batch : finished) {
            QualityReport report = batch.qualityJson() == null ? null : QualityReport.fromJson(batch.qualityJson());
            Map<String, Long> reasons = report == null ? Map.of() : report.quarantineReasons();
            Map<String, Long> channels = report == null ? Map.of() : report.unmappedChannels();
            LocalDateTime first = report == null ? null : report.firstTimeUtc();
            LocalDateTime last = report == null ? null : report.lastTimeUtc();
            columns.add(batch.fileName(), batch.kind(),
                    batch.finishedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(),
                    new long[] {batch.counts().read(), batch.counts().loaded(), batch.counts().quarantined(),
                        batch.counts().duplicate()}, first, last, reasons, channels);
            totals.add(batch, first, last, reasons, channels);
        }
        columns.add(ALL_IMPORTS + " (" + finished.size() + ")", "", null, totals.counts, totals.first, totals.last,
                totals.reasons, totals.channels);
        return columns.table();
    }

    /** "reason (n); reason (n)", most frequent first. */
    static String counted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining("; "));
    }

    private static final class Columns {
        final StringColumn file = StringColumn.create("file");
        final StringColumn kind = StringColumn.create("kind");
        final DateTimeColumn finished = DateTimeColumn.create("finished (UTC)");
        final LongColumn read = LongColumn.create("rows read");
        final LongColumn loaded = LongColumn.create("rows loaded");
        final LongColumn quarantined = LongColumn.create("rows quarantined");
        final LongColumn duplicate = LongColumn.create("rows duplicate");
        final DateTimeColumn first = DateTimeColumn.create("first time (UTC)");
        final DateTimeColumn last = DateTimeColumn.create("last time (UTC)");
        final StringColumn reasons = StringColumn.create("quarantine reasons");
        final StringColumn channels = StringColumn.create("unknown channels");

        void add(String fileName, String fileKind, LocalDateTime finishedAt, long[] counts, LocalDateTime firstTime,
                 LocalDateTime lastTime, Map<String, Long> reasonCounts, Map<String, Long> channelCounts) {
            file.append(fileName);
            kind.append(fileKind);
            finished.append(finishedAt);
            read.append(counts[0]);
            loaded.append(counts[1]);
            quarantined.append(counts[2]);
            duplicate.append(counts[3]);
            first.append(firstTime);
            last.append(lastTime);
            reasons.append(counted(reasonCounts));
            channels.append(counted(channelCounts));
        }

        Table table() {
            return Table.create("Data quality", file, kind, finished, read, loaded, quarantined, duplicate, first,
                    last, reasons, channels);
        }
    }

    private static final class Totals {
        final long[] counts = new long[4];
        final Map<String, Long> reasons = new TreeMap<>();
        final Map<String, Long> channels = new TreeMap<>();
        LocalDateTime first;
        LocalDateTime last;

        void add(ImportBatchInfo batch, LocalDateTime firstTime, LocalDateTime lastTime, Map<String, Long> reasonCounts,
                 Map<String, Long> channelCounts) {
            counts[0] += batch.counts().read();
            counts[1] += batch.counts().loaded();
            counts[2] += batch.counts().quarantined();
            counts[3] += batch.counts().duplicate();
            if (firstTime != null && (first == null || firstTime.isBefore(first))) {
                first = firstTime;
            }
            if (lastTime != null && (last == null || lastTime.isAfter(last))) {
                last = lastTime;
            }
            reasonCounts.forEach((reason, n) -> reasons.merge(reason, n, Long::sum));
            channelCounts.forEach((channel, n) -> channels.merge(channel, n, Long::sum));
        }
    }
}
