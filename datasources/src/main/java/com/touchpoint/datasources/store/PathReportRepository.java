package com.touchpoint.datasources.store;

import com.touchpoint.datasources.mapping.MappedRow.PathRow;
import org.jooq.DSLContext;

import java.util.List;

import static com.touchpoint.datasources.schema.Tables.PATH_REPORT;

/** Aggregated path reports, keyed by report (the file's name) and path; a re-import replaces changed rows. */
public final class PathReportRepository {

    private final DSLContext tx;

    /** @param tx the import's final transaction, which these rows become part of */
    public PathReportRepository(DSLContext tx) {
        this.tx = tx;
    }

    /** Returns how many rows were already stored with the same figures (duplicates). */
    public int upsert(long batchId, String reportName, List<PathRow> rows) {
        int unchanged = 0;
        for (PathRow row : rows) {
            var existing = tx.selectFrom(PATH_REPORT)
                    .where(PATH_REPORT.REPORT_NAME.eq(reportName).and(PATH_REPORT.PATH.eq(row.path()))).fetchOne();
            if (existing != null && existing.getConversions() == row.conversions()
                    && existing.getConversionValue().compareTo(row.value()) == 0
                    && existing.getNonConversions() == row.nonConversions()) {
                unchanged++;
                continue;
            }
            tx.insertInto(PATH_REPORT)
                    .set(PATH_REPORT.REPORT_NAME, reportName).set(PATH_REPORT.PATH, row.path())
                    .set(PATH_REPORT.CONVERSIONS, row.conversions()).set(PATH_REPORT.CONVERSION_VALUE, row.value())
                    .set(PATH_REPORT.NON_CONVERSIONS, row.nonConversions()).set(PATH_REPORT.BATCH_ID, batchId)
                    .onDuplicateKeyUpdate()
                    .set(PATH_REPORT.CONVERSIONS, row.conversions()).set(PATH_REPORT.CONVERSION_VALUE, row.value())
                    .set(PATH_REPORT.NON_CONVERSIONS, row.nonConversions()).set(PATH_REPORT.BATCH_ID, batchId)
                    .execute();
        }
        return unchanged;
    }
}
