package com.touchpoint.views.customers;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseRepository;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.table.ColumnInfo;
import com.touchpoint.views.table.PageSource;
import com.touchpoint.views.table.Query;
import com.touchpoint.views.table.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One customer's events across all channels, oldest first unless the analyst sorts otherwise: the event table's
 * columns without the global id (the same on every row). The filter is the customer's global id.
 */
final class TimelineSource implements PageSource<Long> {

    private static final String GLOBAL_ID = "global_id";
    private static final String TIME = "event_time";

    private final BrowseRepository browse;
    private final List<ColumnInfo> columns = new ArrayList<>();
    private final int globalIdIndex;

    TimelineSource(BrowseRepository browse, Messages messages) {
        this.browse = browse;
        List<String> names = BrowseTable.EVENTS.columnNames();
        List<Class<?>> types = BrowseTable.EVENTS.columnTypes();
        globalIdIndex = names.indexOf(GLOBAL_ID);
        for (int i = 0; i < names.size(); i++) {
            if (i != globalIdIndex) {
                columns.add(new ColumnInfo(names.get(i), messages.get("timeline." + names.get(i)), types.get(i)));
            }
        }
    }

    @Override
    public List<ColumnInfo> columns() {
        return columns;
    }

    @Override
    public long count(Query<Long> query, BooleanSupplier superseded) {
        return browse.count(browseQuery(query), superseded);
    }

    @Override
    public List<List<Object>> page(Query<Long> query, long offset, int limit) {
        return browse.page(browseQuery(query), offset, limit).stream().map(this::withoutGlobalId).toList();
    }

    /** The store sorts by the first sort key, by event time when there is none. */
    private static BrowseQuery browseQuery(Query<Long> query) {
        BrowseQuery events = BrowseQuery.all(BrowseTable.EVENTS).forCustomer(query.filter());
        if (query.sort().isEmpty()) {
            return events.sortedBy(TIME, false);
        }
        SortKey key = query.sort().get(0);
        return events.sortedBy(key.columnId(), !key.ascending());
    }

    private List<Object> withoutGlobalId(Object[] row) {
        List<Object> values = new ArrayList<>(row.length - 1);
        for (int i = 0; i < row.length; i++) {
            if (i != globalIdIndex) {
                values.add(row[i]);
            }
        }
        return values;
    }
}
