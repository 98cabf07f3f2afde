package com.touchpoint.views.project;

import com.touchpoint.datasources.browse.BrowseRepository;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.views.shell.OpenedProject;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.application.Platform;

import java.nio.file.Path;

/**
 * An open project over the project store: what every feature view works with. Imports go through one
 * {@link ImportService} (it keeps the identity graph in memory between files); {@link #dataVersion()} goes up after
 * each import so views showing data reload.
 */
public final class StoreProject implements OpenedProject {

    private final ProjectStore store;
    private final ImportService imports;
    private final BrowseRepository browse;
    private final ReadOnlyLongWrapper dataVersion = new ReadOnlyLongWrapper(this, "dataVersion");

    StoreProject(ProjectStore store) {
        this.store = store;
        this.imports = new ImportService(store);
        this.browse = new BrowseRepository(store);
    }

    @Override
    public Path file() {
        return store.file().dataFile();
    }

    @Override
    public String name() {
        return store.file().displayName();
    }

    public ProjectStore store() {
        return store;
    }

    /** Not thread-safe: run one import at a time (the import wizard does). */
    public ImportService imports() {
        return imports;
    }

    public BrowseRepository browse() {
        return browse;
    }

    /** Increases after every change to the project's data; listen on the JavaFX thread. */
    public ReadOnlyLongProperty dataVersion() {
        return dataVersion.getReadOnlyProperty();
    }

    /** Call from any thread after the data changed. */
    public void dataChanged() {
        Platform.runLater(() -> dataVersion.set(dataVersion.get() + 1));
    }

    @Override
    public void close() {
        store.close();
    }
}
