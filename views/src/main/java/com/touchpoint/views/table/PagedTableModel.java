package com.touchpoint.views.table;

import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.LatestWins;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state behind a {@link PagedTableView}: the filter and sort the analyst chose, the row count, and the
 * {@link PagedRows} of the current query. A change of filter or sort counts again (debounced, latest wins) and then
 * swaps in a fresh row list; the old list stops loading. Use on the JavaFX thread.
 *
 * @param <F> the filter type of the page source
 */
public final class PagedTableModel<F> {

    /** Copying more rows than this is refused: the clipboard is not a way to move millions of rows. */
    public static final int MAX_COPY_ROWS = 100_000;

    private static final Duration COUNT_DELAY = Duration.ofMillis(120);

    private final PageSource<F> source;
    private final List<ColumnInfo> columns;
    private final Executor worker;
    private final Executor fxThread;
    private final ErrorReporter errors;
    private final Messages messages;
    private final LatestWins<Counted<F>> counter;
    private final ObjectProperty<F> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObjectProperty<List<SortKey>> sort = new SimpleObjectProperty<>(this, "sort", List.of());
    private final ReadOnlyObjectWrapper<PagedRows<F>> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyLongWrapper rowCount = new ReadOnlyLongWrapper(this, "rowCount", -1);
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private boolean closed;

    /**
     * @param background worker threads for counts and pages
     * @param fxThread   the JavaFX thread ({@code Platform::runLater})
     */
    public PagedTableModel(PageSource<F> source, F initialFilter, ScheduledExecutorService background,
                           Executor fxThread, ErrorReporter errors, Messages messages) {
        this.source = source;
        this.columns = List.copyOf(source.columns());
        this.worker = background;
        this.fxThread = fxThread;
        this.errors = errors;
        this.messages = messages;
        this.counter = new LatestWins<>(background, COUNT_DELAY, fxThread, this::counted, this::countFailed);
        filter.set(initialFilter);
        filter.addListener((property, old, now) -> reload());
        sort.addListener((property, old, now) -> reload());
        reload();
    }

    public List<ColumnInfo> columns() {
        return columns;
    }

    /** The caller's filter controls set this; every change re-counts and reloads. */
    public ObjectProperty<F> filterProperty() {
        return filter;
    }

    /** Sort keys, first key first; set by header clicks. */
    public ObjectProperty<List<SortKey>> sortProperty() {
        return sort;
    }

    /** The rows of the current query; null until the first count arrives. */
    public ReadOnlyObjectProperty<PagedRows<F>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Rows matching the current filter, or -1 before the first count. */
    public ReadOnlyLongProperty rowCountProperty() {
        return rowCount.getReadOnlyProperty();
    }

    /** True while a count for a new filter or sort is under way. */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** Counts and loads again, e.g. after an import added rows. */
    public void reload() {
        if (closed) {
            return;
        }
        counting.set(true);
        Query<F> query = new Query<>(filter.get(), sort.get());
        counter.submit(superseded -> new Counted<>(query, source.count(query, superseded)));
    }

    /** Stops counting and loading for good, e.g. when the project closes; late results are dropped. */
    public void close() {
        closed = true;
        counting.set(false);
        counter.cancel();
        PagedRows<F> current = rows.get();
        if (current != null) {
            current.retire();
        }
    }

    /**
     * Copies the given rows as tab-separated text with a header line, fetching rows not yet loaded; hands the text to
     * {@code clipboard} on the JavaFX thread. Refuses (with a message) more than {@value #MAX_COPY_ROWS} rows.
     */
    public void copy(List<Integer> indices, Consumer<String> clipboard) {
        PagedRows<F> current = rows.get();
        if (current == null || indices.isEmpty()) {
            return;
        }
        if (indices.size() > MAX_COPY_ROWS) {
            errors.report(messages.get("table.copy.tooMany", indices.size(), MAX_COPY_ROWS),
                    messages.get("table.copy.tooMany.todo"), null);
            return;
        }
        current.rows(indices)
                .thenApply(this::tabSeparated)
                .whenComplete((text, failure) -> fxThread.execute(() -> {
                    if (failure == null) {
                        clipboard.accept(text);
                    } else {
                        errors.report(messages.get("table.copy.failed"), messages.get("table.failed.todo"), failure);
                    }
                }));
    }

    /**
     * Whether "select all" may go ahead: JavaFX's table selection slows down with the square of the rows selected at
     * once, so beyond {@value #MAX_COPY_ROWS} rows it is refused with a message.
     */
    public boolean allowSelectAll() {
        PagedRows<F> current = rows.get();
        if (current != null && current.size() > MAX_COPY_ROWS) {
            errors.report(messages.get("table.selectAll.tooMany", current.size(), MAX_COPY_ROWS),
                    messages.get("table.selectAll.tooMany.todo", MAX_COPY_ROWS), null);
            return false;
        }
        return true;
    }

    private String tabSeparated(List<List<Object>> values) {
        StringBuilder text = new StringBuilder();
        text.append(columns.stream().map(column -> ValueFormat.format(column.title()))
                .collect(Collectors.joining("\t")));
        for (List<Object> row : values) {
            text.append('\n').append(row.stream().map(ValueFormat::format).collect(Collectors.joining("\t")));
        }
        return text.append('\n').toString();
    }

    private void counted(Counted<F> counted) {
        PagedRows<F> previous = rows.get();
        if (previous != null) {
            previous.retire();
        }
        // A TableView indexes rows with int: beyond 2^31-1 rows only the first ones can be shown.
        int size = (int) Math.min(counted.count(), Integer.MAX_VALUE);
        rows.set(new PagedRows<>(source, counted.query(), size, worker, fxThread, this::pageFailed));
        rowCount.set(counted.count());
        counting.set(false);
    }

    private void countFailed(Throwable failure) {
        counting.set(false);
        errors.report(messages.get("table.count.failed"), messages.get("table.failed.todo"), failure);
    }

    private void pageFailed(Throwable failure) {
        errors.report(messages.get("table.page.failed"), messages.get("table.failed.todo"), failure);
    }

    private record Counted<F>(Query<F> query, long count) {
    }
}
