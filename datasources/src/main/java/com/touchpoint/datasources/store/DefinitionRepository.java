package com.touchpoint.datasources.store;

import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static com.touchpoint.datasources.schema.Tables.SAVED_DEFINITION;

/** Definitions analysts make (mapping profiles, segments, rules, scenarios), stored as JSON by kind and name. */
public final class DefinitionRepository {

    private final DSLContext dsl;

    public DefinitionRepository(ProjectStore store) {
        this.dsl = store.dsl();
    }

    public void save(String kind, String name, String json) {
        OffsetDateTime now = OffsetDateTime.now();
        dsl.insertInto(SAVED_DEFINITION)
                .set(SAVED_DEFINITION.KIND, kind).set(SAVED_DEFINITION.NAME, name)
                .set(SAVED_DEFINITION.BODY, json).set(SAVED_DEFINITION.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(SAVED_DEFINITION.BODY, json).set(SAVED_DEFINITION.UPDATED_AT, now)
                .execute();
    }

    public Optional<String> load(String kind, String name) {
        return dsl.select(SAVED_DEFINITION.BODY).from(SAVED_DEFINITION)
                .where(SAVED_DEFINITION.KIND.eq(kind).and(SAVED_DEFINITION.NAME.eq(name)))
                .fetchOptional(SAVED_DEFINITION.BODY);
    }

    /** Bodies of every definition of a kind, by name. */
    public List<String> loadAll(String kind) {
        return dsl.select(SAVED_DEFINITION.BODY).from(SAVED_DEFINITION)
                .where(SAVED_DEFINITION.KIND.eq(kind)).orderBy(SAVED_DEFINITION.NAME)
                .fetch(SAVED_DEFINITION.BODY);
    }

    public List<String> names(String kind) {
        return dsl.select(SAVED_DEFINITION.NAME).from(SAVED_DEFINITION)
                .where(SAVED_DEFINITION.KIND.eq(kind)).orderBy(SAVED_DEFINITION.NAME)
                .fetch(SAVED_DEFINITION.NAME);
    }

    public void delete(String kind, String name) {
        dsl.deleteFrom(SAVED_DEFINITION)
                .where(SAVED_DEFINITION.KIND.eq(kind).and(SAVED_DEFINITION.NAME.eq(name))).execute();
    }
}
