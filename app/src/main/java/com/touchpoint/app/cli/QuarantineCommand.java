package com.touchpoint.app.cli;

import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.QuarantineRepository;
import de.siegmar.fastcsv.writer.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "quarantine", description = "Print the quarantined rows as CSV: file, line, reason, raw.")
final class QuarantineCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord("file", "line", "reason", "raw");
        try (ProjectStore store = project.open()) {
            new QuarantineRepository(store).forEach(row -> csv.writeRecord(row.fileName(), Long.toString(row.line()),
                    row.reason(), row.rawText()));
        }
        out.flush();
        return 0;
    }
}
