package com.touchpoint.views.segments;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.segment.MemberTable;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.table.ColumnInfo;
import com.touchpoint.views.table.PageSource;
import com.touchpoint.views.table.Query;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * A segment's members a page at a time, with their key attributes ({@link MemberTable}), in global id order. The
 * query's filter is the members (bits over the audience's customers); the columns are those the audience has.
 */
final class MemberPageSource implements PageSource<BitSet> {

    private final AudienceData data;
    private final List<ColumnInfo> columns = new ArrayList<>();

    MemberPageSource(AudienceData data, Messages messages) {
        this.data = data;
        Table shape = MemberTable.page(data, new BitSet(), 0, 0);
        for (var column : shape.columns()) {
            columns.add(new ColumnInfo(column.name(), messages.get("members.column." + column.name()),
                    javaType(column.type()), false));
        }
    }

    /** The column holding the customer's global id. */
    static int globalIdColumn() {
        return 0;
    }

    @Override
    public List<ColumnInfo> columns() {
        return columns;
    }

    @Override
    public long count(Query<BitSet> query, BooleanSupplier superseded) {
        return query.filter() == null ? 0 : query.filter().cardinality();
    }

    @Override
    public List<List<Object>> page(Query<BitSet> query, long offset, int limit) {
        if (query.filter() == null) {
            return List.of();
        }
        Table page = MemberTable.page(data, query.filter(), (int) offset, limit);
        List<List<Object>> rows = new ArrayList<>(page.rowCount());
        for (Row row : page) {
            List<Object> values = new ArrayList<>(page.columnCount());
            for (int c = 0; c < page.columnCount(); c++) {
                values.add(page.column(c).isMissing(row.getRowNumber()) ? null : row.getObject(c));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Class<?> javaType(ColumnType type) {
        if (type == ColumnType.LONG) {
            return Long.class;
        }
        if (type == ColumnType.INTEGER) {
            return Integer.class;
        }
        if (type == ColumnType.DOUBLE) {
            return Double.class;
        }
        return type == ColumnType.LOCAL_DATE_TIME ? LocalDateTime.class : String.class;
    }
}
