package com.touchpoint.app.cli;

import com.touchpoint.datasources.imports.QualityReport;
import com.touchpoint.datasources.store.ImportBatchInfo;
import com.touchpoint.datasources.store.ImportBatchRepository;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.StatsRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "quality", description = "Print the project's data quality report: every import with its counts, "
        + "missing and invalid values per column, time range, unknown channels, quarantine reasons, shared identifiers.")
final class QualityCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ImportBatchInfo> imports;
        long shared;
        try (ProjectStore store = project.open()) {
            imports = new ImportBatchRepository(store).finished();
            shared = new StatsRepository(store).sharedIdentifiers();
        }
        long read = 0;
        long loaded = 0;
        long quarantined = 0;
        long duplicate = 0;
        for (ImportBatchInfo batch : imports) {
            QualityReport report = QualityReport.fromJson(batch.qualityJson());
            out.printf("%s (import %d, %s)%n", batch.fileName(), batch.id(), batch.finishedAt().toLocalDateTime()
                    .withNano(0));
            out.printf("  read %,d, loaded %,d, quarantined %,d, duplicate %,d%n", report.rowsRead(),
                    report.rowsLoaded(), report.rowsQuarantined(), report.rowsDuplicate());
            out.print(QualityText.report(report));
            read += report.rowsRead();
            loaded += report.rowsLoaded();
            quarantined += report.rowsQuarantined();
            duplicate += report.rowsDuplicate();
        }
        out.printf("project: %d imports, read %,d, loaded %,d, quarantined %,d, duplicate %,d; %,d shared "
                + "identifiers not used for linking%n", imports.size(), read, loaded, quarantined, duplicate, shared);
        out.flush();
        return 0;
    }
}
