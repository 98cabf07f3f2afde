package com.touchpoint.datasources.store;

import org.jooq.DSLContext;

import java.util.List;
import java.util.function.Consumer;

import static com.touchpoint.datasources.schema.Tables.QUARANTINE;

/** Quarantined rows: written in batches during an import, read back for the analyst. */
public final class QuarantineRepository {

    private final DSLContext dsl;

    public QuarantineRepository(ProjectStore store) {
        this.dsl = store.dsl();
    }

    public void add(long batchId, List<QuarantinedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(QUARANTINE, QUARANTINE.BATCH_ID, QUARANTINE.FILE_NAME, QUARANTINE.LINE_NO,
                QUARANTINE.REASON, QUARANTINE.RAW_TEXT);
        for (QuarantinedRow row : rows) {
            insert = insert.values(batchId, row.fileName(), row.line(), truncate(row.reason(), 1000), row.rawText());
        }
        insert.execute();
    }


    /** Every quarantined row in import and line order, streamed so millions of rows do not fill the heap. */
    public void forEach(Consumer<QuarantinedRow> sink) {
        try (var cursor = dsl.select(QUARANTINE.FILE_NAME, QUARANTINE.LINE_NO, QUARANTINE.REASON, QUARANTINE.RAW_TEXT)
                .from(QUARANTINE).orderBy(QUARANTINE.BATCH_ID, QUARANTINE.LINE_NO).fetchSize(1000).fetchLazy()) {
            cursor.forEach(r -> sink.accept(new QuarantinedRow(r.value1(), r.value2(), r.value3(), r.value4())));
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
