package com.touchpoint.datasources.browse;

import com.touchpoint.datasources.events.EventBrowser;
import com.touchpoint.datasources.events.EventQuery;
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
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import static com.touchpoint.datasources.schema.Tables.CHANNEL_SPEND;

/**
 * Pages of any browsable table, filtered and sorted, so the data browser only ever holds the rows on screen: events
 * through {@link EventBrowser}, the other tables in the database. Sorting by the default column is cheap; sorting
 * millions of rows by another column takes seconds (the browser runs it in the background).
 */
public final class BrowseRepository {

    private final DSLContext dsl;
    private final EventBrowser events;

    public BrowseRepository(ProjectStore store) {
        this.dsl = store.dsl();
        this.events = new EventBrowser(store);
    }

    public long count(BrowseQuery query) {
        return count(query, () -> false);
    }

    /** The count, which for events may stop early with a {@link CancellationException} once superseded. */
    public long count(BrowseQuery query, BooleanSupplier superseded) {
        if (query.table() == BrowseTable.EVENTS) {
            return events.count(eventQuery(query), superseded);
        }
        return dsl.fetchCount(query.table().table, condition(query));
    }

    public List<Object[]> page(BrowseQuery query, long offset, int limit) {
        if (query.table() == BrowseTable.EVENTS) {
            return events.page(eventQuery(query), offset, limit);
        }
        BrowseTable table = query.table();
        return dsl.select(table.columns).from(table.table).where(condition(query))
                .orderBy(order(query)).limit(limit).offset(offset)
                .fetch(record -> record.intoArray());
    }

    /** Every event the query selects, in its order, for an export; see {@link EventBrowser#forEachRow}. */
    public void forEachEvent(BrowseQuery query, Consumer<Object[]> sink, LongConsumer rowsRead, int progressEvery) {
        events.forEachRow(eventQuery(query), sink, rowsRead, progressEvery);
    }

    /** Distinct values of the event channel or type column, for filter choices. */
    public List<String> distinctEventValues(String column) {
        return events.distinct(column);
    }

    private static EventQuery eventQuery(BrowseQuery query) {
        if (query.sortColumn() != null) {
            query.table().column(query.sortColumn());
        }
        return new EventQuery(query.channel(), query.eventType(), query.fromUtc(), query.toUtc(), query.text(),
                query.globalId(), query.sortColumn(), query.descending());
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
