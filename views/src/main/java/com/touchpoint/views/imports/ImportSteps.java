package com.touchpoint.views.imports;

import com.touchpoint.datasources.imports.FilePreview;
import com.touchpoint.datasources.imports.ImportCancelledException;
import com.touchpoint.datasources.imports.ImportFailedException;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportOutcome;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.read.UnreadableFileException;
import java.nio.file.Path;

/**
 * The two calls of the import service the wizard makes, {@code ImportService::preview} and
 * {@code ImportService::importFile}; both run on worker threads.
 */
public final class ImportSteps {

    private ImportSteps() {
    }

    /** How a file would be read and mapped; writes nothing. */
    @FunctionalInterface
    public interface Previewer {
        FilePreview preview(Path file, ImportRequest request) throws UnreadableFileException;
    }

    /** Imports one file; either all of it lands in the project or nothing does. */
    @FunctionalInterface
    public interface Importer {
        ImportOutcome importFile(Path file, ImportRequest request, ImportMonitor monitor)
                throws UnreadableFileException, ImportFailedException, ImportCancelledException;
    }
}
