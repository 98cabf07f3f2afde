package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.store.ImportBatchInfo;

/**
 * The result of importing one file.
 *
 * @param report          the quality report of this import (for an already imported file: of the earlier import)
 * @param alreadyImported true when the same bytes were imported before and nothing was added
 * @param earlier         that earlier import, when there was one
 */
public record ImportOutcome(QualityReport report, boolean alreadyImported, ImportBatchInfo earlier) {

    static ImportOutcome alreadyImported(ImportBatchInfo earlier) {
        QualityReport before = QualityReport.fromJson(earlier.qualityJson());
        return new ImportOutcome(before, true, earlier);
    }
}
