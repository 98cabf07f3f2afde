package com.touchpoint.app;

import com.touchpoint.views.shell.OpenedProject;
import com.touchpoint.views.shell.ProjectGateway;
import com.touchpoint.views.tasks.JobContext;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The gateway used until the project store is wired in ({@link AppWiring}): every attempt to create or open a
 * project fails with a message that says so, so the shell still starts and can be looked at.
 */
final class MissingStoreGateway implements ProjectGateway<OpenedProject> {

    @Override
    public String fileExtension() {
        return "touchpoint";
    }

    @Override
    public OpenedProject create(Path file) throws IOException {
        throw missing();
    }

    @Override
    public OpenedProject open(Path file) throws IOException {
        throw missing();
    }

    @Override
    public OpenedProject openSample(Path file, JobContext progress) throws IOException {
        throw missing();
    }

    private static IOException missing() {
        return new IOException("This build of Touchpoint has no project store yet, so projects cannot be created "
                + "or opened. Use a build that includes the datasources project store.");
    }
}
