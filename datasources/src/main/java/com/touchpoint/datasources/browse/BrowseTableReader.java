package com.touchpoint.datasources.browse;

import com.touchpoint.datasources.store.ProjectException;
import com.touchpoint.datasources.store.ProjectStore;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Any browsable table, filtered and sorted as the analyst sees it, as one Tablesaw table for export. Events come
 * from the event browser in one pass; a whole database table in its default order streams through one cursor; a
 * filtered or re-sorted database table is read page by page through {@link BrowseRepository} (each page makes the
 * database skip the rows before it, which is fine for what an analyst filters down to, but slow beyond a million
 * rows). Numbers keep their type (decimals become doubles), dates and date-times stay dates, times with a zone are
 * shown in UTC.
 */
public final class BrowseTableReader {

    static final int DEFAULT_PAGE_ROWS = 20_000;

    private final ProjectStore store;
    private final BrowseRepository repository;
    private final int pageRows;

    public BrowseTableReader(ProjectStore store) {
        this(store, new BrowseRepository(store));
    }

    /** Reads through the repository the data browser already uses, so the events it holds are not read again. */
    public BrowseTableReader(ProjectStore store, BrowseRepository repository) {
        this(store, repository, DEFAULT_PAGE_ROWS);
    }

    BrowseTableReader(ProjectStore store, int pageRows) {
        this(store, new BrowseRepository(store), pageRows);
    }

    private BrowseTableReader(ProjectStore store, BrowseRepository repository, int pageRows) {
        this.store = store;
        this.repository = repository;
        this.pageRows = pageRows;
    }

    /**
     * Reads every row the query selects, in its order.
     *
     * @param rowsRead told the number of rows read so far after each page; it may throw to stop reading
     */
    public Table read(BrowseQuery query, LongConsumer rowsRead) {
        BrowseTable browsed = query.table();
        List<Appender> columns = new ArrayList<>();
        List<String> names = browsed.columnNames();
        List<Class<?>> types = browsed.columnTypes();
        for (int c = 0; c < names.size(); c++) {
            columns.add(Appender.of(names.get(c), types.get(c)));
        }
        Consumer<Object[]> sink = row -> {
            for (int c = 0; c < columns.size(); c++) {
                columns.get(c).append(row[c]);
            }
        };
        if (browsed == BrowseTable.EVENTS) {
            repository.forEachEvent(query, sink, rowsRead, pageRows);
        } else if (query.equals(BrowseQuery.all(browsed))) {
            stream(browsed, sink, rowsRead);
        } else {
            page(query, sink, rowsRead);
        }
        Table table = Table.create(browsed.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        columns.forEach(column -> table.addColumns(column.column()));
        return table;
    }

    /**
     * One cursor over the table. H2 would otherwise build the whole result before handing over the first row (half
     * the time of a 10-million-row read), so the connection runs the query lazily and is set back before it returns
     * to the pool.
     */
    private void stream(BrowseTable browsed, Consumer<Object[]> sink, LongConsumer rowsRead) {
        long read = 0;
        try (Connection connection = store.connection()) {
            DSLContext lazy = DSL.using(connection, store.dsl().dialect(), store.dsl().settings());
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try (Cursor<Record> cursor = lazy.select(browsed.columns).from(browsed.table)
                    .orderBy(browsed.defaultOrder.asc()).fetchSize(pageRows).fetchLazy()) {
                for (Record record : cursor) {
                    sink.accept(record.intoArray());
                    if (++read % pageRows == 0) {
                        rowsRead.accept(read);
                    }
                }
            } finally {
                lazy.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        } catch (SQLException e) {
            throw new ProjectException("The " + browsed.name().toLowerCase(Locale.ROOT) + " of "
                    + store.file().displayName() + " could not be read: " + e.getMessage(), e);
        }
        rowsRead.accept(read);
    }

    private void page(BrowseQuery query, Consumer<Object[]> sink, LongConsumer rowsRead) {
        long offset = 0;
        List<Object[]> page;
        do {
            page = repository.page(query, offset, pageRows);
            page.forEach(sink);
            offset += page.size();
            rowsRead.accept(offset);
        } while (page.size() == pageRows);
    }

    /** One output column and how a database value is added to it (null adds a missing value). */
    private record Appender(Column<?> column, Consumer<Object> adder) {

        void append(Object value) {
            if (value == null) {
                column.appendMissing();
            } else {
                adder.accept(value);
            }
        }

        static Appender of(String name, Class<?> type) {
            if (type == Long.class) {
                LongColumn column = LongColumn.create(name);
                return new Appender(column, value -> column.append((Long) value));
            }
            if (type == Integer.class) {
                IntColumn column = IntColumn.create(name);
                return new Appender(column, value -> column.append((Integer) value));
            }
            if (type == BigDecimal.class || type == Double.class) {
                DoubleColumn column = DoubleColumn.create(name);
                return new Appender(column, value -> column.append(((Number) value).doubleValue()));
            }
            if (type == Boolean.class) {
                BooleanColumn column = BooleanColumn.create(name);
                return new Appender(column, value -> column.append((Boolean) value));
            }
            if (type == LocalDate.class) {
                DateColumn column = DateColumn.create(name);
                return new Appender(column, value -> column.append((LocalDate) value));
            }
            if (type == LocalDateTime.class) {
                DateTimeColumn column = DateTimeColumn.create(name);
                return new Appender(column, value -> column.append((LocalDateTime) value));
            }
            if (type == OffsetDateTime.class) {
                DateTimeColumn column = DateTimeColumn.create(name + " (UTC)");
                return new Appender(column, value -> column.append(
                        ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
            }
            StringColumn column = StringColumn.create(name);
            return new Appender(column, value -> column.append(value.toString()));
        }
    }
}
