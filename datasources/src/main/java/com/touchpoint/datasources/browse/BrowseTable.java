package com.touchpoint.datasources.browse;

import com.touchpoint.datasources.events.EventBrowser;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.stream.IntStream;

import static com.touchpoint.datasources.schema.Tables.CHANNEL_SPEND;
import static com.touchpoint.datasources.schema.Tables.CUSTOMER;
import static com.touchpoint.datasources.schema.Tables.IMPORT_BATCH;
import static com.touchpoint.datasources.schema.Tables.PATH_REPORT;
import static com.touchpoint.datasources.schema.Tables.QUARANTINE;

/** The tables an analyst can browse, with the columns shown, in order, and the default sort. */
public enum BrowseTable {
    /** Events are stored in blocks, not rows: {@link EventBrowser} pages through them, in storage order by default. */
    EVENTS(null, eventColumns(), null),
    CUSTOMERS(CUSTOMER, List.of(CUSTOMER.GLOBAL_ID, CUSTOMER.DISPLAY_NAME, CUSTOMER.GENDER, CUSTOMER.BIRTH_DATE,
            CUSTOMER.CITY, CUSTOMER.MEMBER_LEVEL, CUSTOMER.SIGNUP_TIME, CUSTOMER.ATTRIBUTES), CUSTOMER.GLOBAL_ID),
    SPEND(CHANNEL_SPEND, List.of(CHANNEL_SPEND.SPEND_DATE, CHANNEL_SPEND.CHANNEL, CHANNEL_SPEND.CAMPAIGN,
            CHANNEL_SPEND.COST, CHANNEL_SPEND.IMPRESSIONS, CHANNEL_SPEND.CLICKS), CHANNEL_SPEND.SPEND_DATE),
    PATHS(PATH_REPORT, List.of(PATH_REPORT.REPORT_NAME, PATH_REPORT.PATH, PATH_REPORT.CONVERSIONS,
            PATH_REPORT.CONVERSION_VALUE, PATH_REPORT.NON_CONVERSIONS), PATH_REPORT.PATH),
    QUARANTINE_ROWS(QUARANTINE, List.of(QUARANTINE.FILE_NAME, QUARANTINE.LINE_NO, QUARANTINE.REASON,
            QUARANTINE.RAW_TEXT), QUARANTINE.ID),
    IMPORTS(IMPORT_BATCH, List.of(IMPORT_BATCH.ID, IMPORT_BATCH.FILE_NAME, IMPORT_BATCH.FILE_KIND,
            IMPORT_BATCH.FINISHED_AT, IMPORT_BATCH.ROWS_READ, IMPORT_BATCH.ROWS_LOADED,
            IMPORT_BATCH.ROWS_QUARANTINED, IMPORT_BATCH.ROWS_DUPLICATE), IMPORT_BATCH.ID);

    final Table<?> table;
    final List<Field<?>> columns;
    final Field<?> defaultOrder;

    BrowseTable(Table<?> table, List<Field<?>> columns, Field<?> defaultOrder) {
        this.table = table;
        this.columns = columns;
        this.defaultOrder = defaultOrder;
    }

    /** Column names as stored (lower case), in display order. */
    public List<String> columnNames() {
        return columns.stream().map(f -> f.getName().toLowerCase()).toList();
    }

    /** Java type of each column, in display order, for formatting and alignment. */
    public List<Class<?>> columnTypes() {
        return columns.stream().<Class<?>>map(Field::getType).toList();
    }

    private static List<Field<?>> eventColumns() {
        return IntStream.range(0, EventBrowser.COLUMNS.size()).<Field<?>>mapToObj(
                c -> DSL.field(DSL.name(EventBrowser.COLUMNS.get(c)), EventBrowser.TYPES.get(c))).toList();
    }

    /** Whether the browser can sort by a column. */
    public boolean sortable(String column) {
        return this != EVENTS || EventBrowser.sortable(column);
    }

    Field<?> column(String name) {
        return columns.stream().filter(f -> f.getName().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + name + " in " + this));
    }
}
