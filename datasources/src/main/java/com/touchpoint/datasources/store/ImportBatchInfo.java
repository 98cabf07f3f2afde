package com.touchpoint.datasources.store;

import java.time.OffsetDateTime;

/** One finished import as the analyst sees it in the import history. */
public record ImportBatchInfo(long id, String fileName, String kind, OffsetDateTime startedAt,
                              OffsetDateTime finishedAt, BatchCounts counts, String qualityJson) {
}
