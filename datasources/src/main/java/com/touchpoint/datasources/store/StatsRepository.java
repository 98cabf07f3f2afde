package com.touchpoint.datasources.store;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import static com.touchpoint.datasources.schema.Tables.CHANNEL_SPEND;
import static com.touchpoint.datasources.schema.Tables.EVENT;
import static com.touchpoint.datasources.schema.Tables.IDENTIFIER;
import static com.touchpoint.datasources.schema.Tables.IMPORT_BATCH;
import static com.touchpoint.datasources.schema.Tables.PATH_REPORT;
import static com.touchpoint.datasources.schema.Tables.QUARANTINE;

/** Counts over the whole project. */
public final class StatsRepository {

    private final DSLContext dsl;

    public StatsRepository(ProjectStore store) {
        this.dsl = store.dsl();
    }

    public long eventCount() {
        return dsl.fetchCount(EVENT);
    }

    /** Streams the fingerprint of every stored event, for de-duplicating the next import. */
    public void forEachFingerprint(LongConsumer sink) {
        try (var cursor = dsl.select(EVENT.FINGERPRINT).from(EVENT).fetchSize(50_000).fetchLazy()) {
            cursor.forEach(r -> sink.accept(r.value1()));
        }
    }

    public ProjectStats stats() {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        var count = DSL.count();
        dsl.select(EVENT.CHANNEL, count).from(EVENT).groupBy(EVENT.CHANNEL).orderBy(count.desc(), EVENT.CHANNEL)
                .forEach(r -> byChannel.put(r.value1() == null ? "(none)" : r.value1(), r.value2().longValue()));
        long events = byChannel.values().stream().mapToLong(Long::longValue).sum();
        long customers = dsl.select(DSL.countDistinct(IDENTIFIER.GLOBAL_ID)).from(IDENTIFIER).fetchOne().value1();
        return new ProjectStats(events, byChannel, customers, dsl.fetchCount(IDENTIFIER),
                dsl.fetchCount(CHANNEL_SPEND), dsl.fetchCount(PATH_REPORT), dsl.fetchCount(QUARANTINE),
                dsl.fetchCount(IMPORT_BATCH, IMPORT_BATCH.FINISHED_AT.isNotNull()));
    }
}
