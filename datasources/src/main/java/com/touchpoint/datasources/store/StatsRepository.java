package com.touchpoint.datasources.store;

import com.touchpoint.datasources.events.EventBlockRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.Map;

import static com.touchpoint.datasources.schema.Tables.CHANNEL_SPEND;
import static com.touchpoint.datasources.schema.Tables.IDENTIFIER;
import static com.touchpoint.datasources.schema.Tables.IDENTITY_EDGE;
import static com.touchpoint.datasources.schema.Tables.IMPORT_BATCH;
import static com.touchpoint.datasources.schema.Tables.PATH_REPORT;
import static com.touchpoint.datasources.schema.Tables.QUARANTINE;

/** Counts over the whole project. */
public final class StatsRepository {

    private final DSLContext dsl;
    private final EventBlockRepository events;

    public StatsRepository(ProjectStore store) {
        this.dsl = store.dsl();
        this.events = new EventBlockRepository(store);
    }

    public long eventCount() {
        return events.eventCount();
    }

    /** Identifiers linked to too many others to stand for one person, which are not used for linking. */
    public long sharedIdentifiers() {
        return dsl.fetchCount(IDENTIFIER, IDENTIFIER.SHARED.isTrue());
    }

    public ProjectStats stats() {
        Map<String, Long> byChannel = events.countsByChannel();
        long events = byChannel.values().stream().mapToLong(Long::longValue).sum();
        long customers = dsl.select(DSL.countDistinct(IDENTIFIER.GLOBAL_ID)).from(IDENTIFIER).fetchOne().value1();
        return new ProjectStats(events, byChannel, customers, dsl.fetchCount(IDENTIFIER),
                dsl.fetchCount(IDENTITY_EDGE), sharedIdentifiers(),
                dsl.fetchCount(CHANNEL_SPEND), dsl.fetchCount(PATH_REPORT), dsl.fetchCount(QUARANTINE),
                dsl.fetchCount(IMPORT_BATCH, IMPORT_BATCH.FINISHED_AT.isNotNull()));
    }
}
