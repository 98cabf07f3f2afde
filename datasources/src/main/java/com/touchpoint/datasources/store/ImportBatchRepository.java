package com.touchpoint.datasources.store;

import com.touchpoint.datasources.schema.tables.records.ImportBatchRecord;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.List;

import static com.touchpoint.datasources.schema.Tables.CHANNEL_SPEND;
import static com.touchpoint.datasources.schema.Tables.EVENT_BLOCK;
import static com.touchpoint.datasources.schema.Tables.EVENT_COUNT;
import static com.touchpoint.datasources.schema.Tables.IDENTIFIER;
import static com.touchpoint.datasources.schema.Tables.IDENTITY_EDGE;
import static com.touchpoint.datasources.schema.Tables.IMPORT_BATCH;
import static com.touchpoint.datasources.schema.Tables.PATH_REPORT;
import static com.touchpoint.datasources.schema.Tables.QUARANTINE;

/**
 * Import batches. A batch is written when its import starts and marked finished at the very end; a batch that
 * never finished (a crash, a cancel) is discarded with everything it wrote, so the project is as it was before.
 */
public final class ImportBatchRepository {

    private final DSLContext dsl;

    public ImportBatchRepository(ProjectStore store) {
        this.dsl = store.dsl();
    }

    public long begin(BatchStart start) {
        return dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.FILE_NAME, start.fileName())
                .set(IMPORT_BATCH.FILE_SHA256, start.sha256())
                .set(IMPORT_BATCH.FILE_KIND, start.kind().name())
                .set(IMPORT_BATCH.ENCODING, start.encoding())
                .set(IMPORT_BATCH.DELIMITER, start.delimiter())
                .set(IMPORT_BATCH.TIME_ZONE, start.timeZone())
                .set(IMPORT_BATCH.MAPPING_NAME, start.mappingName())
                .set(IMPORT_BATCH.STARTED_AT, OffsetDateTime.now())
                .returning(IMPORT_BATCH.ID).fetchOne().getId();
    }

    /** Marks the batch finished; call inside the transaction that makes its identity changes final. */
    public void finish(DSLContext tx, long id, BatchCounts counts, String qualityJson) {
        tx.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.FINISHED_AT, OffsetDateTime.now())
                .set(IMPORT_BATCH.ROWS_READ, counts.read())
                .set(IMPORT_BATCH.ROWS_LOADED, counts.loaded())
                .set(IMPORT_BATCH.ROWS_QUARANTINED, counts.quarantined())
                .set(IMPORT_BATCH.ROWS_DUPLICATE, counts.duplicate())
                .set(IMPORT_BATCH.QUALITY_JSON, qualityJson)
                .where(IMPORT_BATCH.ID.eq(id)).execute();
    }

    /** The finished import of a file with exactly these bytes, if there is one. */
    public ImportBatchInfo finishedWithContent(String sha256) {
        ImportBatchRecord record = dsl.selectFrom(IMPORT_BATCH)
                .where(IMPORT_BATCH.FILE_SHA256.eq(sha256).and(IMPORT_BATCH.FINISHED_AT.isNotNull()))
                .orderBy(IMPORT_BATCH.ID).limit(1).fetchOne();
        return record == null ? null : toInfo(record);
    }

    public List<ImportBatchInfo> finished() {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.FINISHED_AT.isNotNull())
                .orderBy(IMPORT_BATCH.ID).fetch(ImportBatchRepository::toInfo);
    }

    /** Removes a batch and every row it wrote. */
    public void discard(long id) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(EVENT_BLOCK).where(EVENT_BLOCK.BATCH_ID.eq(id)).execute();
            tx.deleteFrom(EVENT_COUNT).where(EVENT_COUNT.BATCH_ID.eq(id)).execute();
            tx.deleteFrom(QUARANTINE).where(QUARANTINE.BATCH_ID.eq(id)).execute();
            tx.deleteFrom(CHANNEL_SPEND).where(CHANNEL_SPEND.BATCH_ID.eq(id)).execute();
            tx.deleteFrom(PATH_REPORT).where(PATH_REPORT.BATCH_ID.eq(id)).execute();
            tx.deleteFrom(IDENTITY_EDGE).where(IDENTITY_EDGE.BATCH_ID.eq(id)).execute();
            tx.deleteFrom(IDENTIFIER).where(IDENTIFIER.BATCH_ID.eq(id)).execute();
            tx.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).execute();
        });
    }

    /** Discards batches left unfinished by a crash; returns how many there were. */
    public int discardUnfinished() {
        List<Long> unfinished = dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.FINISHED_AT.isNull()).fetch(IMPORT_BATCH.ID);
        unfinished.forEach(this::discard);
        return unfinished.size();
    }

    private static ImportBatchInfo toInfo(ImportBatchRecord r) {
        return new ImportBatchInfo(r.getId(), r.getFileName(), r.getFileKind(), r.getStartedAt(), r.getFinishedAt(),
                new BatchCounts(r.getRowsRead(), r.getRowsLoaded(), r.getRowsQuarantined(), r.getRowsDuplicate()),
                r.getQualityJson());
    }
}
