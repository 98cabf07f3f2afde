package com.touchpoint.views.imports;

import com.touchpoint.datasources.imports.FilePreview;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.QualityReport;
import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.read.FileFormat;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.LatestWins;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/**
 * One file in the import wizard: how it is read (encoding, separator, format, kind, time zone — detected, then
 * editable), its preview and mapping, and how its import went. Changing the encoding, separator, format or kind reads
 * the preview again in the background (the newest request wins) and proposes a fresh mapping; the time zone only
 * changes how times are read. Use on the JavaFX thread.
 */
public final class FileImportModel {

    /** Where the file is in the wizard. */
    public enum State {
        /** The preview is being read. */
        LOADING,
        /** The preview could not be read; {@link #messageProperty()} says why. */
        UNREADABLE,
        /** Previewed and waiting to be imported. */
        READY,
        IMPORTING,
        IMPORTED,
        /** The same bytes were imported before; nothing was added. */
        ALREADY_IMPORTED,
        /** The import was refused or failed; nothing changed; it can be tried again. */
        FAILED,
        /** The analyst cancelled its import; nothing changed; it can be tried again. */
        CANCELLED;

        /** Whether the file still waits to be imported (perhaps again). */
        public boolean isPending() {
            return this == READY || this == FAILED || this == CANCELLED;
        }

        /** Whether an import of the file was started, so there is an outcome to show. */
        public boolean hasOutcome() {
            return this == IMPORTING || this == IMPORTED || this == ALREADY_IMPORTED || this == FAILED
                    || this == CANCELLED;
        }
    }

    private final Path file;
    private final ImportSteps.Previewer previewer;
    private final Messages messages;
    private final LatestWins<FilePreview> previews;
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>(this, "encoding");
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final ObjectProperty<FileKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<ZoneId> timeZone = new SimpleObjectProperty<>(this, "timeZone");
    private final ObjectProperty<FileFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ReadOnlyObjectWrapper<FilePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<MappingModel> mapping = new ReadOnlyObjectWrapper<>(this, "mapping");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyObjectWrapper<QualityReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ChangeListener<Boolean> completeListener = (property, old, now) -> updateReady();
    /** True while settings are filled in from a preview, so that is not taken for the analyst's edit. */
    private boolean applyingPreview;

    /**
     * @param zone       the time zone proposed for times written without one (the computer's own, usually)
     * @param background worker threads for previews
     * @param fxThread   the JavaFX thread ({@code Platform::runLater})
     */
    public FileImportModel(Path file, ZoneId zone, ImportSteps.Previewer previewer,
                           ScheduledExecutorService background, Executor fxThread, Messages messages) {
        this.file = file;
        this.previewer = previewer;
        this.messages = messages;
        this.previews = new LatestWins<>(background, Duration.ZERO, fxThread, this::previewed, this::previewFailed);
        timeZone.set(zone);
        ChangeListener<Object> reread = (property, old, now) -> {
            if (!applyingPreview && now != null) {
                readPreview();
            }
        };
        encoding.addListener(reread);
        delimiter.addListener(reread);
        kind.addListener(reread);
        format.addListener((property, old, now) -> {
            if (!applyingPreview && now != null) {
                // A separator found when the file was read in another format says nothing: detect it again.
                delimiter.set(null);
                readPreview();
            }
        });
        state.addListener((property, old, now) -> updateReady());
        mapping.addListener((property, old, now) -> {
            if (old != null) {
                old.completeProperty().removeListener(completeListener);
            }
            if (now != null) {
                now.completeProperty().addListener(completeListener);
            }
            updateReady();
        });
        readPreview();
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** The text encoding; null until detected. Changing it reads the preview again. */
    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    /** The CSV field separator; null until detected; unused for JSON. Changing it reads the preview again. */
    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    /** What the file holds; null until detected. Changing it proposes a mapping for the new kind. */
    public ObjectProperty<FileKind> kindProperty() {
        return kind;
    }

    /** The zone of times written without an offset. */
    public ObjectProperty<ZoneId> timeZoneProperty() {
        return timeZone;
    }

    /**
     * CSV, NDJSON or JSON array; null until detected (from the file's first characters). Changing it reads the
     * preview again in that format, even of a file that could not be read as detected.
     */
    public ObjectProperty<FileFormat> formatProperty() {
        return format;
    }

    public ReadOnlyObjectProperty<FilePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The mapping editor for the current preview; null while there is no preview. */
    public ReadOnlyObjectProperty<MappingModel> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the file cannot be read or was not imported, in the analyst's words; null when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The quality report of its import (for a file imported before: of that earlier import); null before. */
    public ReadOnlyObjectProperty<QualityReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** True when the file waits to be imported and its mapping is complete. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** What to import with: the settings shown and the edited mapping; only while there is a mapping. */
    ImportRequest request() {
        MappingModel editor = Objects.requireNonNull(mapping.get(), "no mapping yet");
        return new ImportRequest(kind.get(), null, encoding.get(), delimiter.get(), timeZone.get(),
                editor.profile(timeZone.get()), format.get());
    }

    void importStarted() {
        report.set(null);
        message.set(null);
        state.set(State.IMPORTING);
    }

    void importEnded(ImportAttempt.Result result) {
        if (result instanceof ImportAttempt.Imported imported) {
            boolean before = imported.outcome().alreadyImported();
            report.set(imported.outcome().report());
            message.set(before
                    ? messages.get("import.already", imported.outcome().earlier().finishedAt().toLocalDate())
                    : null);
            state.set(before ? State.ALREADY_IMPORTED : State.IMPORTED);
        } else if (result instanceof ImportAttempt.Refused refused) {
            message.set(refused.message());
            state.set(State.FAILED);
        } else {
            message.set(messages.get("import.cancelled"));
            state.set(State.CANCELLED);
        }
    }

    /** Stops a preview that is still being read; its result is dropped. */
    void dispose() {
        previews.cancel();
    }

    private void readPreview() {
        state.set(State.LOADING);
        message.set(null);
        ImportRequest request = new ImportRequest(kind.get(), null, encoding.get(), delimiter.get(), timeZone.get(),
                null, format.get());
        previews.submit(superseded -> previewer.preview(file, request));
    }

    private void previewed(FilePreview read) {
        applyingPreview = true;
        try {
            encoding.set(read.options().charset());
            delimiter.set(read.options().delimiter());
            kind.set(read.profile().kind());
            timeZone.set(read.profile().sourceZone());
            format.set(read.options().format());
        } finally {
            applyingPreview = false;
        }
        preview.set(read);
        mapping.set(new MappingModel(read, messages));
        state.set(State.READY);
    }

    private void previewFailed(Throwable failure) {
        preview.set(null);
        mapping.set(null);
        message.set(failure.getMessage() != null ? failure.getMessage() : failure.toString());
        state.set(State.UNREADABLE);
    }

    private void updateReady() {
        MappingModel editor = mapping.get();
        ready.set(state.get().isPending() && editor != null && editor.completeProperty().get());
    }
}
