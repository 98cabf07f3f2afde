package com.touchpoint.reports;

import java.time.LocalDate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small tables with hand-written values shared by the tests. */
final class SampleTables {

    private SampleTables() {
    }

    /**
     * Four channels; Social's revenue is missing.
     * <pre>
     * channel  sessions  revenue   conversion rate  day
     * Search   1200      5400.50   0.031            2024-03-01
     * Social   800       (missing) 0.0125           2024-03-02
     * E-mail   450       2100.25   0.052            2024-03-03
     * 门店      300       9800.00   0.2              2024-03-04
     * </pre>
     */
    static Table channels() {
        return Table.create("channels",
                StringColumn.create("channel", "Search", "Social", "E-mail", "门店"),
                IntColumn.create("sessions", 1200, 800, 450, 300),
                DoubleColumn.create("revenue", 5400.5, Double.NaN, 2100.25, 9800.0),
                DoubleColumn.create("conversion rate", 0.031, 0.0125, 0.052, 0.2),
                DateColumn.create("day", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2),
                        LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 4)));
    }

    /** Rows with ids 1..count and label "row i". */
    static Table numbered(int count) {
        IntColumn ids = IntColumn.create("id");
        StringColumn labels = StringColumn.create("label");
        for (int i = 1; i <= count; i++) {
            ids.append(i);
            labels.append("row " + i);
        }
        return Table.create("numbered", ids, labels);
    }
}
