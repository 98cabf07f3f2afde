package com.touchpoint.views.browser;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseRepository;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.table.ColumnInfo;
import com.touchpoint.views.table.PageSource;
import com.touchpoint.views.table.Query;
import com.touchpoint.views.table.SortKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Pages of one browsable table for the paged table view; filtering and sorting happen in the project store. */
final class BrowsePageSource implements PageSource<BrowseQuery> {

    private final BrowseRepository repository;
    private final List<ColumnInfo> columns = new ArrayList<>();

    BrowsePageSource(BrowseRepository repository, BrowseTable table, Messages messages) {
        this.repository = repository;
        List<String> names = table.columnNames();
        List<Class<?>> types = table.columnTypes();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new ColumnInfo(names.get(i), messages.get("column." + names.get(i)), types.get(i),
                    table.sortable(names.get(i))));
        }
    }

    @Override
    public List<ColumnInfo> columns() {
        return columns;
    }

    @Override
    public long count(Query<BrowseQuery> query, BooleanSupplier superseded) {
        return repository.count(query.filter(), superseded);
    }

    @Override
    public List<List<Object>> page(Query<BrowseQuery> query, long offset, int limit) {
        return repository.page(sorted(query), offset, limit).stream().map(Arrays::asList).toList();
    }

    /** The store sorts by the first sort key; the table's natural order breaks ties. */
    static BrowseQuery sorted(Query<BrowseQuery> query) {
        if (query.sort().isEmpty()) {
            return query.filter();
        }
        SortKey key = query.sort().get(0);
        return query.filter().sortedBy(key.columnId(), !key.ascending());
    }
}
