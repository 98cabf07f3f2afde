package com.touchpoint.datasources.paths;

import com.touchpoint.datasources.mapping.MappedRow.PathRow;
import com.touchpoint.datasources.store.ProjectStore;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;

import static com.touchpoint.datasources.schema.Tables.PATH_REPORT;

/** The path reports imported into a project, each named after its file. */
public final class StoredPathReports {

    private final DSLContext dsl;

    public StoredPathReports(ProjectStore store) {
        this.dsl = store.dsl();
    }

    /** Report names in name order. */
    public List<String> names() {
        return dsl.selectDistinct(PATH_REPORT.REPORT_NAME).from(PATH_REPORT).orderBy(PATH_REPORT.REPORT_NAME)
                .fetch(PATH_REPORT.REPORT_NAME);
    }

    /**
     * One report's rows in path order (line = row number in that order); with {@code name} null, the project's only
     * report.
     *
     * @throws IllegalArgumentException no such report, no report at all, or several when none was named
     */
    public PathReport load(String name) {
        String chosen = name == null ? onlyReport() : name;
        List<String> names = names();
        if (!names.contains(chosen)) {
            throw new IllegalArgumentException("The project has no path report named '" + chosen + "'; its path "
                    + "reports are " + names);
        }
        List<PathRow> rows = new ArrayList<>();
        dsl.select(PATH_REPORT.PATH, PATH_REPORT.CONVERSIONS, PATH_REPORT.CONVERSION_VALUE,
                        PATH_REPORT.NON_CONVERSIONS)
                .from(PATH_REPORT).where(PATH_REPORT.REPORT_NAME.eq(chosen)).orderBy(PATH_REPORT.PATH)
                .forEach(r -> rows.add(new PathRow(rows.size() + 1, r.value1(), r.value2(), r.value3(), r.value4())));
        return new PathReport(chosen, rows, List.of());
    }

    private String onlyReport() {
        List<String> names = names();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("The project has no path report; import one (a file with path, "
                    + "conversions, value and non-conversions columns) or build journeys from events");
        }
        if (names.size() > 1) {
            throw new IllegalArgumentException("The project has " + names.size() + " path reports " + names
                    + "; name the one to use");
        }
        return names.get(0);
    }
}
