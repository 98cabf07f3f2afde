package com.touchpoint.views.shell;

import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.settings.AppSettings;
import com.touchpoint.views.settings.DataFolder;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.Job;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which project is open, and the recent projects: creates, opens and closes projects through the gateway on worker
 * threads, keeps the recent list in the settings, and explains failures (a project open in another window gets its
 * own message). Opening another project keeps the current one open until the new one has opened. Use on the JavaFX
 * thread.
 */
public final class ProjectSession<P extends OpenedProject> {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectSession.class);

    private final ProjectGateway<P> gateway;
    private final AppSettings settings;
    private final DataFolder dataFolder;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<P> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    // One view, kept: an unmodifiable view listens to its source weakly, so a view made per call stops updating.
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recentProjects);

    public ProjectSession(ProjectGateway<P> gateway, AppSettings settings, DataFolder dataFolder,
                          BackgroundTasks tasks, ErrorReporter errors, Messages messages) {
        this.gateway = gateway;
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
        recentProjects.setAll(settings.recentProjects());
    }

    /** The open project, or null when the start screen shows. */
    public ReadOnlyObjectProperty<P> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** Recent project files, most recent first. */
    public ObservableList<Path> recentProjects() {
        return recentView;
    }

    /** The project file extension, without the dot. */
    public String fileExtension() {
        return gateway.fileExtension();
    }

    /** The name a project file is shown by: its file name without the project extension. */
    public String nameOf(Path file) {
        return OpenedProject.nameOf(file, gateway.fileExtension());
    }

    /** Gives {@code file} the project extension unless it has it already. */
    public Path withExtension(Path file) {
        String suffix = "." + gateway.fileExtension();
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))
                ? file : file.resolveSibling(name + suffix);
    }

    /** Creates a new project at {@code file} and switches to it. */
    public void create(Path file) {
        Path target = withExtension(file);
        switchTo(target, messages.get("project.creating", target.getFileName()), context -> gateway.create(target));
    }

    /** Opens {@code file} and switches to it; a file that no longer exists leaves the recent list. */
    public void open(Path file) {
        P current = project.get();
        if (current != null && isSameFile(current.file(), file)) {
            return;
        }
        if (!Files.exists(file)) {
            forget(file);
            errors.report(messages.get("project.missing", file.getFileName()),
                    messages.get("project.missing.todo", file), null);
            return;
        }
        switchTo(file, messages.get("project.opening", file.getFileName()), context -> gateway.open(file));
    }

    /** Opens the sample project from the data folder, creating it the first time. */
    public void openSample() {
        Path file = dataFolder.sampleFolder().resolve("Touchpoint sample." + gateway.fileExtension());
        P current = project.get();
        if (current != null && isSameFile(current.file(), file)) {
            return;
        }
        switchTo(file, messages.get("project.openingSample"), context -> {
            Files.createDirectories(file.getParent());
            return gateway.openSample(file, context);
        });
    }

    /** Closes the open project on a worker thread; the start screen shows once it is closed. */
    public void close() {
        P current = project.get();
        if (current == null) {
            return;
        }
        project.set(null);
        closeInBackground(current);
    }

    /** Closes the open project on the calling thread; for quitting, when nothing else is left to show. */
    public void closeNow() {
        P current = project.get();
        if (current == null) {
            return;
        }
        project.set(null);
        try {
            current.close();
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not close project {} cleanly", current.file(), e);
        }
    }

    /** Removes {@code file} from the recent projects. */
    public void forget(Path file) {
        settings.removeRecentProject(file);
        saveSettings();
    }

    public void clearRecentProjects() {
        settings.clearRecentProjects();
        saveSettings();
    }

    private void switchTo(Path file, String title, Job<P> opening) {
        tasks.run(title, context -> {
            P opened = opening.run(context);
            if (context.isCancelled()) {
                // Cancelled while the gateway was opening it: nobody will take this project, so release it.
                opened.close();
                throw new CancellationException("Opening " + file + " was cancelled");
            }
            return opened;
        }, opened -> {
            P previous = project.get();
            project.set(opened);
            settings.addRecentProject(opened.file());
            saveSettings();
            if (previous != null) {
                closeInBackground(previous);
            }
        }, failure -> explain(file, failure));
    }

    private void closeInBackground(P closing) {
        tasks.run(messages.get("project.closing", closing.name()), context -> {
            closing.close();
            return closing;
        }, closed -> { });
    }

    private void explain(Path file, Throwable failure) {
        if (failure instanceof ProjectLockedException) {
            errors.report(messages.get("project.locked", file.getFileName()), messages.get("project.locked.todo"),
                    failure);
        } else {
            tasks.reportFailure(messages.get("project.openFailed", file.getFileName()), failure);
        }
    }

    private void saveSettings() {
        recentProjects.setAll(settings.recentProjects());
        try {
            settings.save();
        } catch (IOException e) {
            LOG.warn("Could not save settings", e);
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
