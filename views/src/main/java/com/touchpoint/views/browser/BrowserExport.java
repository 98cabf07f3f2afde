package com.touchpoint.views.browser;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseTableReader;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.results.ExportChooser;
import com.touchpoint.views.results.ExportFile;
import com.touchpoint.views.results.TableExport;
import com.touchpoint.views.tasks.BackgroundTasks;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import tech.tablesaw.api.Table;

/**
 * Exports the table the data browser shows, with the analyst's filters and sort, to Excel or CSV: every matching
 * row, read page by page from the project as a background task with progress and cancel.
 */
final class BrowserExport {

    private final StoreProject project;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<BrowseQuery> currentQuery;

    /** @param currentQuery the table, filters and sort shown now */
    BrowserExport(StoreProject project, BackgroundTasks tasks, Messages messages, Supplier<BrowseQuery> currentQuery) {
        this.project = project;
        this.tasks = tasks;
        this.messages = messages;
        this.currentQuery = currentQuery;
    }

    /** An "Export" menu with Export to Excel… and Export to CSV…. */
    MenuButton button() {
        MenuButton button = new MenuButton(messages.get("result.export"), new FontIcon(Feather.DOWNLOAD));
        button.setId("browser-export");
        for (ExportFile kind : new ExportFile[] {ExportFile.EXCEL, ExportFile.CSV}) {
            MenuItem item = new MenuItem(messages.get(kind == ExportFile.EXCEL ? "result.exportExcel"
                    : "result.exportCsv"));
            item.setOnAction(event -> {
                BrowseQuery query = currentQuery.get();
                new ExportChooser(messages).choose(button.getScene().getWindow(), kind, tableTitle(query))
                        .ifPresent(out -> export(query, out));
            });
            button.getItems().add(item);
        }
        return button;
    }

    /** Reads the rows of {@code query} and writes them to {@code out} (.xlsx or .csv). */
    Task<Path> export(BrowseQuery query, Path out) {
        String title = messages.get("export.running", out.getFileName());
        return tasks.run(title, context -> {
            long total = project.browse().count(query);
            Table rows = new BrowseTableReader(project.store(), project.browse()).read(query, read -> {
                if (context.isCancelled()) {
                    throw new CancellationException("The export of " + out.getFileName() + " was cancelled");
                }
                context.message(messages.get("browser.export.reading", read, total));
                context.progress(read, total);
            });
            context.message(messages.get("browser.export.writing", out.getFileName()));
            context.progress(-1, -1);
            TableExport.write(rows.setName(tableTitle(query)), out);
            return out;
        }, written -> { });
    }

    private String tableTitle(BrowseQuery query) {
        return messages.get("browser.table." + query.table().name().toLowerCase(Locale.ROOT));
    }
}
