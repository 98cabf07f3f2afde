package com.touchpoint.views.shell;

import com.touchpoint.views.tasks.JobContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A gateway over plain files: remembers what it opened and closed; files in {@link #locked} are "open elsewhere", files
 * in {@link #broken} fail to open with their exception.
 */
final class FakeGateway implements ProjectGateway<FakeGateway.Project> {

    /** An opened fake project. */
    record Project(Path file, List<Path> closed) implements OpenedProject {
        @Override
        public void close() {
            closed.add(file);
        }
    }

    final List<Path> opened = new CopyOnWriteArrayList<>();
    final List<Path> closed = new CopyOnWriteArrayList<>();
    final Set<Path> locked = ConcurrentHashMap.newKeySet();
    final Map<Path, IOException> broken = new ConcurrentHashMap<>();

    @Override
    public String fileExtension() {
        return "tp";
    }

    @Override
    public Project create(Path file) throws IOException {
        Files.createFile(file);
        return open(file);
    }

    @Override
    public Project open(Path file) throws IOException {
        if (locked.contains(file)) {
            throw new ProjectLockedException(file, null);
        }
        if (broken.containsKey(file)) {
            throw broken.get(file);
        }
        opened.add(file);
        return new Project(file, closed);
    }

    @Override
    public Project openSample(Path file, JobContext progress) throws IOException {
        progress.message("Generating sample data");
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        return open(file);
    }
}
