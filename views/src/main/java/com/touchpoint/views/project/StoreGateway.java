package com.touchpoint.views.project;

import com.touchpoint.datasources.imports.ImportCancelledException;
import com.touchpoint.datasources.imports.ImportFailedException;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.read.UnreadableFileException;
import com.touchpoint.datasources.store.ProjectException;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectLockedException;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.sampledata.SampleProject;
import com.touchpoint.views.shell.ProjectGateway;
import com.touchpoint.views.tasks.JobContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates and opens projects in the project store for the shell; runs on worker threads. */
public final class StoreGateway implements ProjectGateway<StoreProject> {

    /** A project is one H2 file, {@code NAME.mv.db}. */
    public static final String EXTENSION = "mv.db";

    @Override
    public String fileExtension() {
        return EXTENSION;
    }

    @Override
    public StoreProject create(Path file) throws IOException {
        return new StoreProject(connect(file, () -> ProjectStore.create(ProjectFile.of(file))));
    }

    @Override
    public StoreProject open(Path file) throws IOException {
        return new StoreProject(connect(file, () -> ProjectStore.open(ProjectFile.of(file))));
    }

    @Override
    public StoreProject openSample(Path file, JobContext progress) throws IOException {
        ProjectFile project = ProjectFile.of(file);
        if (!Files.exists(project.dataFile())) {
            try {
                SampleProject.create(project, new ImportMonitor() {
                    @Override
                    public void progress(long bytesDone, long bytesTotal, long rowsRead) {
                        progress.progress(bytesDone, bytesTotal);
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                });
            } catch (UnreadableFileException | ImportFailedException | ImportCancelledException e) {
                throw new IOException("The sample project could not be built: " + e.getMessage(), e);
            }
        }
        return open(file);
    }

    private interface Connect {
        ProjectStore run();
    }

    private static ProjectStore connect(Path file, Connect connect) throws IOException {
        try {
            return connect.run();
        } catch (ProjectLockedException e) {
            throw new com.touchpoint.views.shell.ProjectLockedException(file, e);
        } catch (ProjectException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
