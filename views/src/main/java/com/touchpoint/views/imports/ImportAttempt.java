package com.touchpoint.views.imports;

import com.touchpoint.datasources.imports.ImportCancelledException;
import com.touchpoint.datasources.imports.ImportFailedException;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportOutcome;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.read.UnreadableFileException;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.JobContext;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file's import as a background job: progress in bytes and rows read goes to the job's context, the analyst's
 * cancel reaches the import, and every ending (imported, refused, cancelled) becomes a {@link Result}, so the wizard
 * learns how it ended even when the task was cancelled (a cancelled task reports nothing itself, yet its import still
 * has to undo what it wrote before the next may start).
 */
final class ImportAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(ImportAttempt.class);

    /** How one file's import ended. */
    sealed interface Result {
    }

    record Imported(ImportOutcome outcome) implements Result {
    }

    /** The file could not be read or mapped, or loading failed; the project is unchanged. */
    record Refused(String message) implements Result {
    }

    /** The analyst cancelled; the import removed everything it had written. */
    record Cancelled() implements Result {
    }

    private final ImportSteps.Importer importer;
    private final Messages messages;

    ImportAttempt(ImportSteps.Importer importer, Messages messages) {
        this.importer = importer;
        this.messages = messages;
    }

    Result run(Path file, ImportRequest request, JobContext context) {
        String name = file.getFileName().toString();
        try {
            return new Imported(importer.importFile(file, request, new ImportMonitor() {
                @Override
                public void progress(long bytesDone, long bytesTotal, long rowsRead) {
                    context.progress(bytesDone, bytesTotal);
                    context.message(messages.get("import.progress", name, rowsRead));
                }

                @Override
                public boolean isCancelled() {
                    return context.isCancelled();
                }
            }));
        } catch (ImportCancelledException e) {
            return new Cancelled();
        } catch (UnreadableFileException | ImportFailedException e) {
            LOG.info("Import of {} refused: {}", file, e.getMessage());
            return new Refused(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed unexpectedly", file, e);
            return new Refused(messages.get("import.unexpected", String.valueOf(e.getMessage())));
        }
    }
}
