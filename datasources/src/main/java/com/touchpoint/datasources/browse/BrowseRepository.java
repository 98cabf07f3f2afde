package com.touchpoint.datasources.browse;

import com.touchpoint.datasources.store.ProjectStore;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static com.touchpoint.datasources.schema.Tables.CHANNEL_SPEND;
import static com.touchpoint.datasources.schema.Tables.EVENT;

/**
 * Pages of any browsable table, filtered and sorted in the database, so the data browser only ever holds the rows
 * on screen. Sorting by the default column is cheap; sorting a large table by another column makes the database
 * sort it, which on millions of rows takes seconds (the browser runs it in the background).
 */
public final class BrowseRepository {

    private final DSLContext dsl;

    public BrowseRepository(ProjectStore store) {
        this.dsl = store.dsl();
    }

    public long count(BrowseQuery query) {
        return dsl.fetchCount(query.table().table, condition(query));
    }

    public List<Object[]> page(BrowseQuery query, long offset, int limit) {
        BrowseTable table = query.table();
        return dsl.select(table.columns).from(table.table).where(condition(query))
                .orderBy(order(query)).limit(limit).offset(offset)
                .fetch(record -> record.intoArray());
    }

    /** Distinct values of the event channel or type column, for filter choices. */
    public List<String> distinctEventValues(String column) {
        Field<String> field = column.equalsIgnoreCase("channel") ? EVENT.CHANNEL : EVENT.EVENT_TYPE;
        return dsl.selectDistinct(field).from(EVENT).where(field.isNotNull()).orderBy(field).fetch(field);
    }

    private static List<SortField<?>> order(BrowseQuery query) {
        BrowseTable table = query.table();
        List<SortField<?>> order = new ArrayList<>();
        if (query.sortColumn() != null) {
            Field<?> column = table.column(query.sortColumn());
            order.add(query.descending() ? column.desc().nullsLast() : column.asc().nullsLast());
        }
        order.add(table.defaultOrder.asc());
        return order;
    }

    private static Condition condition(BrowseQuery query) {
        List<Condition> conditions = new ArrayList<>();
        BrowseTable table = query.table();
        if (table == BrowseTable.EVENTS) {
            if (query.channel() != null) {
                conditions.add(EVENT.CHANNEL.eq(query.channel()));
            }
            if (query.eventType() != null) {
                conditions.add(EVENT.EVENT_TYPE.eq(query.eventType()));
            }
            if (query.fromUtc() != null) {
                conditions.add(EVENT.EVENT_TIME.ge(query.fromUtc()));
            }
            if (query.toUtc() != null) {
                conditions.add(EVENT.EVENT_TIME.lt(query.toUtc()));
            }
            if (query.globalId() != null) {
                conditions.add(EVENT.GLOBAL_ID.eq(query.globalId()));
            }
        }
        if (table == BrowseTable.SPEND) {
            if (query.channel() != null) {
                conditions.add(CHANNEL_SPEND.CHANNEL.eq(query.channel()));
            }
            if (query.fromUtc() != null) {
                conditions.add(CHANNEL_SPEND.SPEND_DATE.ge(query.fromUtc().toLocalDate()));
            }
            if (query.toUtc() != null) {
                conditions.add(CHANNEL_SPEND.SPEND_DATE.lt(dayAfterOrSame(query.toUtc())));
            }
        }
        if (query.text() != null && !query.text().isBlank()) {
            String pattern = "%" + query.text().trim().toLowerCase() + "%";
            conditions.add(DSL.or(table.columns.stream().filter(f -> f.getType() == String.class)
                    .map(f -> DSL.lower(f.coerce(String.class)).like(pattern)).toList()));
        }
        return DSL.and(conditions);
    }

    private static LocalDate dayAfterOrSame(LocalDateTime time) {
        return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate() : time.toLocalDate().plusDays(1);
    }
}
