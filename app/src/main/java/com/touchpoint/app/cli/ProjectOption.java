package com.touchpoint.app.cli;

import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --project FILE} option shared by the commands that work on one project. */
final class ProjectOption {

    @Option(names = "--project", required = true, paramLabel = "FILE",
            description = "The project file (NAME or NAME.mv.db).")
    Path project;

    ProjectStore open() {
        return ProjectStore.open(ProjectFile.of(project));
    }

    ProjectStore openOrCreate() {
        ProjectFile file = ProjectFile.of(project);
        return file.dataFile().toFile().exists() ? ProjectStore.open(file) : ProjectStore.create(file);
    }
}
