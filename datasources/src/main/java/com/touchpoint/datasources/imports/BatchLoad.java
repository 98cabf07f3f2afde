package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.events.EventBlockRepository;
import com.touchpoint.datasources.events.EventBlockWriter;
import com.touchpoint.datasources.events.EventDeduplication;
import com.touchpoint.datasources.identity.IdentityGraph;
import com.touchpoint.datasources.identity.SharedIdentifier;
import com.touchpoint.datasources.identity.StitchPolicy;
import com.touchpoint.datasources.identity.StitchResult;
import com.touchpoint.datasources.mapping.MappedRow.CustomerRow;
import com.touchpoint.datasources.mapping.MappedRow.EventRow;
import com.touchpoint.datasources.mapping.MappedRow.PathRow;
import com.touchpoint.datasources.mapping.MappedRow.SpendRow;
import com.touchpoint.datasources.mapping.MappingProfile;
import com.touchpoint.datasources.read.RecordSource;
import com.touchpoint.datasources.store.BatchCounts;
import com.touchpoint.datasources.store.CustomerRepository;
import com.touchpoint.datasources.store.ImportBatchRepository;
import com.touchpoint.datasources.store.IdentityRepository;
import com.touchpoint.datasources.store.PathReportRepository;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.QuarantineRepository;
import com.touchpoint.datasources.store.QuarantinedRow;
import com.touchpoint.datasources.store.SpendRepository;

import org.jooq.DSLContext;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads one file's rows into the project: reading and preparing on a second thread, identity, de-duplication and
 * storage on this one; then one transaction makes the stitch, customers and spend/path rows final and marks the
 * batch finished. Until then nothing the batch wrote counts, and a failure discards it.
 */
final class BatchLoad {

    private final ProjectStore store;
    private final long batchId;
    private final String fileName;
    private final MappingProfile profile;
    private final String encoding;
    private final String reading;
    private final RecordSource source;
    private final RowPreparer preparer;
    private final long fileSize;
    private final ImportMonitor monitor;
    private final IdentityGraph graph;
    private final LongHashSet fingerprints;

    private final List<QuarantinedRow> quarantine = new ArrayList<>();
    private final List<PendingCustomer> customers = new ArrayList<>();
    private final List<SpendRow> spend = new ArrayList<>();
    private final List<PathRow> paths = new ArrayList<>();
    private long read;
    private long loaded;
    private long quarantined;
    private long duplicates;

    private record PendingCustomer(long identifierId, CustomerRow row) {
    }

    BatchLoad(ProjectStore store, long batchId, String fileName, MappingProfile profile, FilePreview preview,
              RecordSource source, RowPreparer preparer, long fileSize, ImportMonitor monitor, IdentityGraph graph,
              LongHashSet fingerprints) {
        this.store = store;
        this.batchId = batchId;
        this.fileName = fileName;
        this.profile = profile;
        this.encoding = preview.options().charset().name();
        this.reading = ImportService.describe(preview.options());
        this.source = source;
        this.preparer = preparer;
        this.fileSize = fileSize;
        this.monitor = monitor;
        this.graph = graph;
        this.fingerprints = fingerprints;
    }

    QualityReport run() throws SQLException, InterruptedException, ImportCancelledException {
        RowReader reader = new RowReader(source, preparer);
        Thread readerThread = new Thread(reader, "import-reader " + fileName);
        readerThread.setDaemon(true);
        readerThread.start();
        EventBlockWriter events;
        try {
            events = new EventBlockWriter(store, batchId, new Deduplication());
            try (events) {
                loadAll(reader, events);
            }
        } finally {
            reader.stop();
            readerThread.interrupt();
        }
        loaded += events.stored();
        duplicates += events.duplicates();
        return finish(events.channelCounts());
    }

    /** Loads every row the reader hands over; on any failure the events not yet stored are dropped. */
    private void loadAll(RowReader reader, EventBlockWriter events)
            throws SQLException, InterruptedException, ImportCancelledException {
        QuarantineRepository quarantineRepository = new QuarantineRepository(store);
        try {
            RowBlock block = reader.take();
            while (!block.last()) {
                if (monitor.isCancelled()) {
                    throw new ImportCancelledException(fileName);
                }
                for (Object row : block.rows()) {
                    load(row, events);
                }
                quarantineRepository.add(batchId, quarantine);
                quarantine.clear();
                monitor.progress(block.bytesRead(), fileSize, block.recordsRead());
                block = reader.take();
            }
            if (block.failure() != null) {
                throw new IllegalStateException("reading stopped after record " + read + ": "
                        + block.failure().getMessage(), block.failure());
            }
        } catch (Throwable e) {
            events.abort();
            throw e;
        }
    }

    private void load(Object row, EventBlockWriter events) throws SQLException, InterruptedException {
        read++;
        if (row instanceof QuarantinedRow bad) {
            quarantine.add(bad);
            quarantined++;
            return;
        }
        PreparedRow prepared = (PreparedRow) row;
        if (prepared.row() instanceof EventRow event) {
            events.add(event, graph.registerRecord(prepared.idTypes(), prepared.idValues()));
        } else if (prepared.row() instanceof CustomerRow customer) {
            customers.add(new PendingCustomer(graph.registerRecord(prepared.idTypes(), prepared.idValues()),
                    customer));
        } else if (prepared.row() instanceof SpendRow spendRow) {
            spend.add(spendRow);
        } else if (prepared.row() instanceof PathRow pathRow) {
            paths.add(pathRow);
        }
    }

    /** Fingerprints against the project's stored events and this import's. */
    private final class Deduplication implements EventDeduplication {
        @Override
        public long fingerprint(EventRow row, long identifierId) {
            return Fingerprint.of(identifierId, row);
        }

        @Override
        public boolean firstSeen(long fingerprint) {
            return fingerprints.add(fingerprint);
        }
    }

    private QualityReport finish(Map<String, Long> eventsByChannel) throws SQLException {
        StitchResult stitch = graph.stitch(StitchPolicy.DEFAULT);
        new IdentityRepository(store).insertNew(batchId, stitch);
        return store.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            new IdentityRepository(store).apply(tx, stitch);
            EventBlockRepository.insertCounts(tx, batchId, eventsByChannel);
            CustomerRepository customerRepository = new CustomerRepository(tx);
            for (PendingCustomer pending : customers) {
                count(customerRepository.upsert(graph.provisionalGlobalId(pending.identifierId()), pending.row()));
            }
            int unchangedSpend = new SpendRepository(tx).upsert(batchId, spend);
            int unchangedPaths = new PathReportRepository(tx).upsert(batchId, fileName, paths);
            duplicates += unchangedSpend + unchangedPaths;
            loaded += spend.size() - unchangedSpend + paths.size() - unchangedPaths;
            QualityReport report = report(stitch);
            new ImportBatchRepository(store).finish(tx, batchId,
                    new BatchCounts(read, loaded, quarantined, duplicates), report.toJson());
            return report;
        });
    }

    private void count(boolean changed) {
        if (changed) {
            loaded++;
        } else {
            duplicates++;
        }
    }

    private QualityReport report(StitchResult stitch) {
        QualityCollector quality = preparer.quality();
        List<QualityReport.SharedIdentifier> shared = stitch.sharedIdentifiers().stream()
                .map(BatchLoad::shown).toList();
        return new QualityReport(fileName, profile.kind().name().toLowerCase(), encoding,
                reading, profile.name(), read, loaded, quarantined, duplicates,
                quality.columns(source.header(), this::fieldOfColumn), quality.first(), quality.last(),
                quality.unmappedChannels(), quality.reasons(), shared, stitch.customers(), stitch.merges());
    }

    private String fieldOfColumn(String column) {
        return profile.columns().entrySet().stream().filter(e -> e.getValue().equals(column))
                .map(e -> e.getKey().name().toLowerCase()).findFirst().orElse(null);
    }

    private static QualityReport.SharedIdentifier shown(SharedIdentifier shared) {
        return new QualityReport.SharedIdentifier(shared.type().name().toLowerCase(), shared.value(),
                shared.linkedCount());
    }
}
