package com.touchpoint.app.cli;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportOutcome;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.sampledata.SampleProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "sample", description = "Create a project from the shipped sample exports of a fictional retailer "
        + "(web, app, POS, CRM, e-mail, SMS, ad spend, a path report) and print what each file brought.")
final class SampleCommand implements Callable<Integer> {

    @Option(names = "--project", required = true, paramLabel = "FILE", description = "The new project file.")
    Path project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (ImportOutcome outcome : SampleProject.create(ProjectFile.of(project), ImportMonitor.NONE)) {
            out.println(QualityText.summaryLine(outcome.report().fileName(), outcome));
        }
        out.println("created " + ProjectFile.of(project).dataFile());
        out.flush();
        return 0;
    }
}
