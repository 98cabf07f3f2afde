package com.touchpoint.reports;

import java.time.LocalDate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A table whose text needs quoting: commas, quotes, a line break, a tab and Chinese; plus missing values. */
final class DelimitedTextTables {

    private DelimitedTextTables() {
    }

    static Table awkward() {
        IntColumn users = IntColumn.create("users", 10, 20, 30, 40, 50);
        users.setMissing(1);
        return Table.create("awkward",
                StringColumn.create("name", "plain", "has, comma", "say \"hi\"", "two\nlines", "渠道\t门店"),
                DoubleColumn.create("value", 1.5, 1e7, Double.NaN, -0.25, 3.0),
                users,
                DateColumn.create("day", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2),
                        LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5)));
    }
}
