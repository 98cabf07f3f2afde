package com.touchpoint.views.shell;

import com.touchpoint.views.tasks.JobContext;
import java.io.IOException;
import java.nio.file.Path;

/**
 * How the shell creates and opens projects; implemented over the project store. Every method runs on a worker
 * thread. A project that another Touchpoint window has open fails with {@link ProjectLockedException}; other
 * failures are {@link IOException}s whose message says what is wrong with the file.
 *
 * @param <P> the opened-project handle the features work with
 */
public interface ProjectGateway<P extends OpenedProject> {

    /** The project file extension without the dot, for file choosers and new file names. */
    String fileExtension();

    /** Creates an empty project at {@code file} (which must not exist yet) and opens it. */
    P create(Path file) throws IOException;

    /** Opens the existing project at {@code file}. */
    P open(Path file) throws IOException;

    /**
     * Opens the sample project at {@code file}, first creating it with the shipped sample data if it does not exist;
     * creating reports its steps through {@code progress}.
     */
    P openSample(Path file, JobContext progress) throws IOException;
}
